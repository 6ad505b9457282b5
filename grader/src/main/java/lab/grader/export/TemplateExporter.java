package lab.grader.export;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import lab.grader.rubric.Assignment;
import lab.grader.rubric.Item;
import lab.grader.rubric.Kind;
import lab.grader.rubric.Rubric;
import lab.grader.rubric.Selector;

/**
 * Writes a student repository: the kit's sources as a module, the chosen assignments' skeletons,
 * public tests and READMEs, a module that prints the public points after the tests, the build, a
 * .gitignore and the Classroom workflow. It copies from {@code assignments/} and {@code kit/src/main}
 * only, so no hidden test, rule or reference code can end up in it.
 */
public final class TemplateExporter {
    private static final Pattern VERSION_PROPERTY = Pattern.compile("<([a-z]+\\.version)>([^<]+)</\\1>");
    private final Path course;
    private final Rubric rubric;

    /** @param course the course repository (with pom.xml, kit/ and assignments/) */
    public TemplateExporter(Path course, Rubric rubric) {
        this.course = course;
        this.rubric = rubric;
    }

    /** Exports {@code ids} (every assignment of the rubric with a folder when empty) to {@code out}; returns the ids. */
    public List<String> export(Path out, List<String> ids) throws IOException {
        List<Assignment> chosen = rubric.assignments().stream()
                .filter(a -> ids.isEmpty() ? Files.isDirectory(course.resolve("assignments").resolve(a.id())) : ids.contains(a.id()))
                .toList();
        Map<String, String> values = new HashMap<>(versions());
        values.put("modules", chosen.stream().map(a -> "    <module>" + a.id() + "</module>\n").collect(Collectors.joining()));
        values.put("assignment_args", chosen.stream().map(a -> " --assignment " + a.id()).collect(Collectors.joining()));
        values.put("grader_jvm_options", String.join(" ", lab.grader.cli.GraderJvm.OPTIONS));
        FileTrees.write(out.resolve("pom.xml"), Templates.fill("root-pom.xml.tmpl", values));
        FileTrees.write(out.resolve(".mvn/maven.config"), "--fail-at-end\n");
        FileTrees.write(out.resolve(".gitignore"), Templates.read("gitignore.tmpl"));
        FileTrees.write(out.resolve("README.md"), Templates.read("README.md.tmpl"));
        FileTrees.write(out.resolve(".github/workflows/classroom.yml"), Templates.fill("classroom.yml.tmpl", values));
        FileTrees.write(out.resolve("kit/pom.xml"), Templates.read("kit-pom.xml.tmpl"));
        FileTrees.copy(course.resolve("kit/src/main"), out.resolve("kit/src/main"));
        FileTrees.write(out.resolve("points/pom.xml"), Templates.read("points-pom.xml.tmpl"));
        FileTrees.write(out.resolve("points/src/main/java/lab/points/PublicPoints.java"), Templates.read("PublicPoints.java.tmpl"));
        FileTrees.write(out.resolve("points/src/main/resources/META-INF/services/org.junit.platform.launcher.TestExecutionListener"),
                "lab.points.PublicPoints\n");
        for (Assignment a : chosen) {
            Path from = course.resolve("assignments").resolve(a.id());
            Path to = out.resolve(a.id());
            FileTrees.write(to.resolve("pom.xml"), Templates.fill("assignment-pom.xml.tmpl", Map.of("id", a.id())));
            if (Files.isRegularFile(from.resolve("README.md"))) {
                Files.copy(from.resolve("README.md"), to.resolve("README.md"));
            }
            FileTrees.copy(from.resolve("src/main"), to.resolve("src/main"));
            FileTrees.copy(from.resolve("src/test"), to.resolve("src/test"));
            FileTrees.write(to.resolve("src/test/resources/public-points.tsv"), publicPoints(a));
        }
        return chosen.stream().map(Assignment::id).toList();
    }

    /** The public items of {@code a}: item, points, selectors, description, tab-separated. */
    static String publicPoints(Assignment a) {
        StringBuilder tsv = new StringBuilder("# item\tpoints\tselectors\tdescription (generated from rubric.yaml)\n");
        for (Item item : a.items()) {
            if (item.kind() == Kind.PUBLIC_TEST) {
                tsv.append(item.id()).append('\t').append(item.points()).append('\t')
                        .append(item.tests().stream().map(TemplateExporter::selector).collect(Collectors.joining(",")))
                        .append('\t').append(item.description().replaceAll("\\s+", " ")).append('\n');
            }
        }
        return tsv.toString();
    }

    private static String selector(Selector s) {
        return s.toString();
    }

    /** The library versions of the course's own build, so the export tests with what the course tests with. */
    private Map<String, String> versions() throws IOException {
        Map<String, String> versions = new HashMap<>();
        Matcher m = VERSION_PROPERTY.matcher(Files.readString(course.resolve("pom.xml")));
        while (m.find()) {
            versions.put(m.group(1), m.group(2));
        }
        for (String needed : List.of("junit.version", "assertj.version", "awaitility.version", "surefire.version")) {
            if (!versions.containsKey(needed)) {
                throw new IOException(course.resolve("pom.xml") + " has no <" + needed + "> property: is this the course repository?");
            }
        }
        return versions;
    }
}
