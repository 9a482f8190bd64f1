package io.corroborate.importer.press;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.StringReader;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class MarkupLimitTest {
    private static final int LIMIT = 40;

    /** Everything the reader hands out before it fails (or all of it). */
    private static String readAll(MarkupLimit r) {
        StringBuilder b = new StringBuilder();
        char[] buf = new char[7];
        try {
            int n;
            while ((n = r.read(buf, 0, buf.length)) >= 0) {
                b.append(buf, 0, n);
            }
        } catch (IOException e) {
            // the caller looks at r.error()
        }
        return b.toString();
    }

    private static MarkupLimit limited(String xml) {
        return new MarkupLimit(new StringReader(xml), LIMIT);
    }

    @Test
    void textBetweenTagsIsNotCountedHoweverLong() {
        String xml = "<a>" + "x".repeat(1000) + "</a><b c=\"d\"/>";
        MarkupLimit r = limited(xml);

        assertThat(readAll(r)).isEqualTo(xml);
        assertThat(r.error()).isNull();
    }

    @Test
    void aLongAttributeIsTooLongAndEverythingBeforeItIsHandedOut() {
        MarkupLimit r = limited("<a>ok</a>\n<b href=\"" + "x".repeat(100) + "\"/>");

        String read = readAll(r);

        assertThat(read).startsWith("<a>ok</a>\n<b href=\"").hasSize(10 + LIMIT);
        assertThat(r.error().line()).isEqualTo(2);
        assertThat(r.error()).hasMessage("a tag starting at line 2 is longer than 40 characters");
    }

    @Test
    void aQuotedGreaterThanSignDoesNotEndATag() {
        MarkupLimit r = limited("<b title='a > b' c=\"" + "x".repeat(100) + "\"/>");

        readAll(r);

        assertThat(r.error()).hasMessageStartingWith("a tag ");
    }

    @Test
    void aLongCdataSectionIsTooLongEvenWithMarkupCharactersInside() {
        MarkupLimit r = limited("<d><![CDATA[<p>a</p> > ]> " + "x".repeat(100) + "]]></d>");

        readAll(r);

        assertThat(r.error()).hasMessage("a CDATA section starting at line 1 is longer than 40 characters");
    }

    @Test
    void aLongCommentProcessingInstructionOrDeclarationIsTooLong() {
        MarkupLimit comment = limited("<!-- > -- " + "x".repeat(100) + " -->");
        MarkupLimit instruction = limited("<?pi > " + "x".repeat(100) + "?>");
        MarkupLimit declaration = limited("<!DOCTYPE x [ <!ENTITY e \"]>\"> " + "x".repeat(100) + "]>");

        readAll(comment);
        readAll(instruction);
        readAll(declaration);

        assertThat(comment.error()).hasMessageStartingWith("a comment ");
        assertThat(instruction.error()).hasMessageStartingWith("a processing instruction ");
        assertThat(declaration.error()).hasMessageStartingWith("a declaration ");
    }

    @Test
    void markupEndsWhereXmlEndsItSoShortPiecesPass() {
        String xml = "<?xml version=\"1.0\"?>\r\n<!DOCTYPE r [<!ENTITY e \">]\">]>\n<!-- c > -->\r<r a='>'><![CDATA[]]]]>"
                + "y".repeat(100) + "<x/></r>";
        MarkupLimit r = limited(xml);

        assertThat(readAll(r)).isEqualTo(xml);
        assertThat(r.error()).isNull();
    }

    @Test
    void linesAreCountedForLfCrLfAndCr() {
        MarkupLimit r = limited("<a/>\n<a/>\r\n<a/>\r<b c=\"" + "x".repeat(100) + "\"/>");

        readAll(r);

        assertThat(r.error().line()).isEqualTo(4);
    }

    @Test
    void afterTheErrorEveryReadFailsAgain() {
        MarkupLimit r = limited("<b c=\"" + "x".repeat(100) + "\"/>");
        readAll(r);

        MarkupLimit.TooLong again = catchThrowableOfType(MarkupLimit.TooLong.class, () -> r.read(new char[4], 0, 4));

        assertThat(again).isSameAs(r.error());
    }
}
