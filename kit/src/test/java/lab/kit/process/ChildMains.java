package lab.kit.process;

import java.io.IOException;
import java.util.List;

/** Main classes run in child JVMs by the kit's tests. */
final class ChildMains {
    private ChildMains() {
    }

    /** Prints its arguments to stdout, a line to stderr, and exits with the code given first. */
    static final class Echo {
        public static void main(String[] args) {
            System.out.println("args " + String.join(",", List.of(args).subList(1, args.length)));
            System.out.println("pid " + ProcessHandle.current().pid());
            System.err.println("to stderr");
            System.exit(Integer.parseInt(args[0]));
        }
    }

    /** Writes the given number of bytes to stdout and to stderr before exiting. */
    static final class Chatty {
        public static void main(String[] args) {
            int bytes = Integer.parseInt(args[0]);
            String line = "x".repeat(99) + "\n";
            for (int written = 0; written < bytes; written += line.length()) {
                System.out.print(line);
                System.err.print(line);
            }
            System.out.flush();
        }
    }

    /** Starts a long sleep as a grandchild, prints its pid, then hangs. */
    static final class HangsWithAGrandchild {
        public static void main(String[] args) throws IOException, InterruptedException {
            Process grandchild = new ProcessBuilder("sleep", "120").start();
            System.out.println("grandchild " + grandchild.pid());
            System.out.flush();
            Thread.sleep(120_000);
        }
    }

    /** Creates a pool of two workers, prints their pids once both answered, then hangs. */
    static final class PoolParent {
        public static void main(String[] args) throws Exception {
            var pool = new ProcessPoolExecutor(2);
            var pids = new java.util.TreeSet<Long>();
            while (pids.size() < 2) {
                pids.addAll(pool.invokeAll(List.<SerializableCallable<Long>>of(PoolParent::slowPid, PoolParent::slowPid)).stream()
                        .map(f -> {
                            try {
                                return f.get();
                            } catch (Exception e) {
                                throw new IllegalStateException(e);
                            }
                        }).toList());
            }
            System.out.println("workers " + pids.first() + " " + pids.last());
            System.out.flush();
            Thread.sleep(120_000);
        }

        static long slowPid() throws InterruptedException {
            Thread.sleep(100);
            return ProcessHandle.current().pid();
        }
    }
}
