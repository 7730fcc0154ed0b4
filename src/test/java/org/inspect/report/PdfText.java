package org.inspect.report;

import com.itextpdf.kernel.pdf.PdfDictionary;
import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfName;
import com.itextpdf.kernel.pdf.PdfReader;
import com.itextpdf.kernel.pdf.PdfStream;
import com.itextpdf.kernel.pdf.canvas.parser.PdfTextExtractor;
import com.itextpdf.kernel.pdf.canvas.parser.listener.LocationTextExtractionStrategy;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Reads back what a test wrote: the text of each page (iText's extractor) and the images on the pages. */
public final class PdfText {

    private PdfText() {
    }

    public static List<String> pages(Path file) {
        try (PdfDocument pdf = new PdfDocument(new PdfReader(file.toString()))) {
            List<String> pages = new ArrayList<>();
            for (int i = 1; i <= pdf.getNumberOfPages(); i++) {
                pages.add(PdfTextExtractor.getTextFromPage(pdf.getPage(i), new LocationTextExtractionStrategy()));
            }
            return pages;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static String text(Path file) {
        return String.join("\n", pages(file));
    }

    /** Image XObjects drawn on the pages. */
    public static int images(Path file) {
        try (PdfDocument pdf = new PdfDocument(new PdfReader(file.toString()))) {
            int n = 0;
            for (int i = 1; i <= pdf.getNumberOfPages(); i++) {
                PdfDictionary xobjects = pdf.getPage(i).getResources().getResource(PdfName.XObject);
                if (xobjects == null) {
                    continue;
                }
                for (PdfName name : xobjects.keySet()) {
                    PdfStream s = xobjects.getAsStream(name);
                    if (s != null && PdfName.Image.equals(s.getAsName(PdfName.Subtype))) {
                        n++;
                    }
                }
            }
            return n;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
