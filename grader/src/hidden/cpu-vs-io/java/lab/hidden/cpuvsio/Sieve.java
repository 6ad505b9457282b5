package lab.hidden.cpuvsio;

/** The sequential count the census is compared with: a segmented sieve, independent of the student's code. */
final class Sieve {
    private Sieve() {
    }

    /** @return the number of primes in {@code [from, to)} */
    static long primesIn(long from, long to) {
        if (to <= from) {
            return 0;
        }
        int limit = (int) Math.sqrt((double) to) + 1;
        boolean[] smallComposite = new boolean[limit + 1];
        boolean[] composite = new boolean[(int) (to - from)];
        for (int p = 2; p <= limit; p++) {
            if (smallComposite[p]) {
                continue;
            }
            for (long multiple = (long) p * p; multiple <= limit; multiple += p) {
                smallComposite[(int) multiple] = true;
            }
            long first = Math.max((long) p * p, (from + p - 1) / p * p);
            for (long multiple = first; multiple < to; multiple += p) {
                composite[(int) (multiple - from)] = true;
            }
        }
        long primes = 0;
        for (long n = Math.max(from, 2); n < to; n++) {
            if (!composite[(int) (n - from)]) {
                primes++;
            }
        }
        return primes;
    }
}
