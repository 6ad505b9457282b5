package lab.kit.process;

import java.io.File;
import java.lang.management.ManagementFactory;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The command line of a child JVM on the current JVM's class path, with the flags that matter. */
final class JvmCommand {
    private static final Set<String> FLAGS_WITH_A_VALUE = Set.of(
            "--add-opens", "--add-exports", "--add-reads", "--add-modules", "--enable-native-access",
            "--limit-modules", "--patch-module");

    private JvmCommand() {
    }

    static List<String> of(String mainClass, List<String> args) {
        var command = new ArrayList<String>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(inheritedFlags(ManagementFactory.getRuntimeMXBean().getInputArguments()));
        command.add("-cp");
        command.add(classPath());
        command.add(mainClass);
        command.addAll(args);
        return command;
    }

    /** Keeps the JVM flags a child needs to behave like its parent; drops agents and debuggers. */
    static List<String> inheritedFlags(List<String> parentFlags) {
        var kept = new ArrayList<String>();
        for (int i = 0; i < parentFlags.size(); i++) {
            String flag = parentFlags.get(i);
            if (FLAGS_WITH_A_VALUE.contains(flag) && i + 1 < parentFlags.size()) {
                kept.add(flag);
                kept.add(parentFlags.get(++i));
            } else if (keeps(flag)) {
                kept.add(flag);
            }
        }
        return kept;
    }

    private static boolean keeps(String flag) {
        if (flag.startsWith("-agentlib") || flag.startsWith("-agentpath") || flag.startsWith("-javaagent")
                || flag.startsWith("-Xdebug") || flag.startsWith("-Xrun") || flag.startsWith("-Djava.class.path=")
                || flag.startsWith("-XX:Flags=") || flag.startsWith("-XX:VMOptionsFile=")
                || flag.startsWith("-Dsun.java.command") || flag.startsWith("-Djdk.module.main")
                // training an AOT cache is the parent's business, and using the parent's costs a child more than it
                // saves: the JVM loads every class of the cache at start, and a test JVM's holds JUnit, ArchUnit...
                || flag.startsWith("-XX:AOTCache") || flag.startsWith("-XX:AOTConfiguration")
                || flag.startsWith("-XX:AOTMode")) {
            return false;
        }
        if (flag.startsWith("-Xlog:aot") || flag.startsWith("-Xlog:cds")) {
            return true; // a parent that silences its cache's warnings wants its children's silenced too
        }
        return flag.startsWith("-D") || flag.startsWith("-XX:") || flag.startsWith("-Xmx")
                || flag.startsWith("-Xms") || flag.startsWith("-Xss") || flag.startsWith("-ea")
                || flag.startsWith("-da") || flag.startsWith("-enableassertions")
                || flag.startsWith("-disableassertions") || flag.startsWith("-esa")
                || flag.startsWith("-dsa") || flag.equals("--enable-preview")
                || flag.startsWith("--add-opens=") || flag.startsWith("--add-exports=")
                || flag.startsWith("--add-reads=") || flag.startsWith("--add-modules=")
                || flag.startsWith("--enable-native-access=") || flag.startsWith("-Dfile.encoding");
    }

    /**
     * {@code java.class.path}, plus the folders and jars of URL class loaders between the context
     * class loader and the system class loader (a grader may load a submission that way).
     */
    static String classPath() {
        var entries = new LinkedHashSet<String>();
        for (String entry : System.getProperty("java.class.path", "").split(File.pathSeparator)) {
            if (!entry.isBlank()) {
                entries.add(Path.of(entry).toAbsolutePath().toString());
            }
        }
        var loaders = new ArrayList<URLClassLoader>();
        for (ClassLoader l = Thread.currentThread().getContextClassLoader(); l != null; l = l.getParent()) {
            if (l instanceof URLClassLoader urls) {
                loaders.add(0, urls);
            }
        }
        for (URLClassLoader loader : loaders) {
            for (URL url : loader.getURLs()) {
                if ("file".equals(url.getProtocol())) {
                    try {
                        entries.add(Path.of(url.toURI()).toAbsolutePath().toString());
                    } catch (URISyntaxException | IllegalArgumentException ignored) {
                        // not a local file: a child JVM could not use it anyway
                    }
                }
            }
        }
        return String.join(File.pathSeparator, entries);
    }

    /** The parent's environment minus variables that would add its options to the child twice. */
    static void cleanEnvironment(Map<String, String> environment) {
        environment.remove("JAVA_TOOL_OPTIONS");
        environment.remove("JDK_JAVA_OPTIONS");
        environment.remove("_JAVA_OPTIONS");
    }
}
