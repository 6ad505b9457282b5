package lab.grader.audit;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/** Reads the XML reports of JaCoCo (coverage) and PIT (mutants) that the reference modules' audit build writes. */
final class XmlReports {
    private XmlReports() {}

    /**
     * Line and branch coverage of one module, with the lines no test ran.
     *
     * @param uncovered {@code File.java:line}, for lines that no test reached
     * @param partial   {@code File.java:line}, for lines with a branch no test took
     */
    record Coverage(int linesCovered, int lines, int branchesCovered, int branches, List<String> uncovered, List<String> partial) {
        double linePercent() {
            return lines == 0 ? 100 : 100.0 * linesCovered / lines;
        }

        double branchPercent() {
            return branches == 0 ? 100 : 100.0 * branchesCovered / branches;
        }
    }

    /** One mutant PIT made and the hidden tests did not kill. */
    record Mutant(String file, int line, String method, String mutator, String description, String status) {
        @Override
        public String toString() {
            return file + ":" + line + " " + method + ": " + description + " (" + status.toLowerCase(java.util.Locale.ROOT) + ")";
        }
    }

    /**
     * @param killed   mutants the tests detected (killed, timed out, made the JVM fail)
     * @param survived mutants no test detected, and those no test even reached
     */
    record Mutation(int total, int killed, List<Mutant> survived) {
        double score() {
            return total == 0 ? 100 : 100.0 * killed / total;
        }
    }

    static Coverage coverage(Path jacocoXml) throws IOException {
        Document doc = parse(jacocoXml);
        Element report = doc.getDocumentElement();
        int[] line = counter(report, "LINE");
        int[] branch = counter(report, "BRANCH");
        List<String> uncovered = new ArrayList<>();
        List<String> partial = new ArrayList<>();
        NodeList files = doc.getElementsByTagName("sourcefile");
        for (int i = 0; i < files.getLength(); i++) {
            Element file = (Element) files.item(i);
            NodeList lines = file.getElementsByTagName("line");
            for (int j = 0; j < lines.getLength(); j++) {
                Element l = (Element) lines.item(j);
                String where = file.getAttribute("name") + ":" + l.getAttribute("nr");
                if (number(l, "ci") == 0 && number(l, "mi") > 0) {
                    uncovered.add(where);
                } else if (number(l, "mb") > 0) {
                    partial.add(where);
                }
            }
        }
        return new Coverage(line[1], line[0] + line[1], branch[1], branch[0] + branch[1], uncovered, partial);
    }

    static Mutation mutation(Path mutationsXml) throws IOException {
        NodeList mutations = parse(mutationsXml).getElementsByTagName("mutation");
        int killed = 0;
        List<Mutant> survived = new ArrayList<>();
        for (int i = 0; i < mutations.getLength(); i++) {
            Element m = (Element) mutations.item(i);
            if ("true".equals(m.getAttribute("detected"))) {
                killed++;
            } else {
                survived.add(new Mutant(text(m, "sourceFile"), Integer.parseInt(text(m, "lineNumber")), text(m, "mutatedMethod"),
                        text(m, "mutator").replaceAll(".*\\.", ""), text(m, "description"), m.getAttribute("status")));
            }
        }
        return new Mutation(mutations.getLength(), killed, survived);
    }

    /** The report-level counter of {@code type}: {missed, covered}. */
    private static int[] counter(Element report, String type) {
        NodeList children = report.getChildNodes();
        for (int i = 0; i < children.getLength(); i++) {
            if (children.item(i) instanceof Element e && e.getTagName().equals("counter") && type.equals(e.getAttribute("type"))) {
                return new int[] {number(e, "missed"), number(e, "covered")};
            }
        }
        return new int[] {0, 0};
    }

    private static int number(Element e, String attribute) {
        String value = e.getAttribute(attribute);
        return value.isEmpty() ? 0 : Integer.parseInt(value);
    }

    private static String text(Element e, String tag) {
        NodeList nodes = e.getElementsByTagName(tag);
        return nodes.getLength() == 0 ? "" : nodes.item(0).getTextContent().strip();
    }

    private static Document parse(Path file) throws IOException {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            // JaCoCo's report names a DTD: never fetch it, never expand entities
            factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setExpandEntityReferences(false);
            return factory.newDocumentBuilder().parse(file.toFile());
        } catch (ParserConfigurationException | SAXException e) {
            throw new IOException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }
}
