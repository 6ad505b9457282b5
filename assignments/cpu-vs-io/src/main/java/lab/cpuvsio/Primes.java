package lab.cpuvsio;

/**
 * Counting primes, one number after another, in the calling thread: the CPU-bound kernel of the
 * census. Given and complete; do not change it. It is deliberately plain trial division, so that
 * counting a range costs real CPU time, as parsing, hashing or compressing records would.
 */
public final class Primes {

    private Primes() {
    }

    /**
     * @param n any number
     * @return true if {@code n} is a prime (2, 3, 5, 7, 11, ...); false for every number below 2
     */
    public static boolean isPrime(long n) {
        if (n < 2) {
            return false;
        }
        if (n < 4) {
            return true;
        }
        if (n % 2 == 0) {
            return false;
        }
        for (long divisor = 3; divisor <= n / divisor; divisor += 2) {
            if (n % divisor == 0) {
                return false;
            }
        }
        return true;
    }

    /**
     * Counts the primes in the half-open range {@code [from, to)}, sequentially.
     *
     * @param from the first number of the range
     * @param to one past the last number of the range; an empty range ({@code to <= from}) has no primes
     * @return how many numbers {@code n} with {@code from <= n < to} are prime
     */
    public static long countIn(long from, long to) {
        long primes = 0;
        for (long n = from; n < to; n++) {
            if (isPrime(n)) {
                primes++;
            }
        }
        return primes;
    }
}
