package lab.grader.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class CsvTest {

    @Test
    void quoted_fields_keep_commas_quotes_and_line_breaks() {
        var rows = Csv.parse("\uFEFFa,b,c\r\n\"x, y\",\"say \"\"hi\"\"\",\"two\nlines\"\n\nlast,,\n");
        assertThat(rows).containsExactly(List.of("a", "b", "c"), List.of("x, y", "say \"hi\"", "two\nlines"), List.of("last", "", ""));
    }

    @Test
    void a_written_row_reads_back_the_same() {
        List<String> row = List.of("plain", "with, comma", "with \"quote\"", "multi\nline", "", "42");
        assertThat(Csv.parse(Csv.row(row))).containsExactly(row);
        assertThat(Csv.row(row)).endsWith("\r\n");
    }

    @Test
    void text_a_spreadsheet_would_run_as_a_formula_is_defused_but_numbers_are_not() {
        assertThat(Csv.field("=HYPERLINK(\"x\")")).startsWith("\"'=");
        assertThat(Csv.field("@evil")).isEqualTo("'@evil");
        assertThat(Csv.field("-3")).isEqualTo("-3");
        assertThat(Csv.field("alice")).isEqualTo("alice");
    }
}
