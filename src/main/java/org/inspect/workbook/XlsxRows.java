package org.inspect.workbook;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.math.MathContext;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Enumeration;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.ss.usermodel.BuiltinFormats;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.xml.sax.Attributes;
import org.xml.sax.SAXException;

/**
 * The rows of one sheet of an .xlsx workbook, pulled from the sheet's XML with StAX so that a big sheet is never
 * held whole (POI's event model; a column formatted down to row 1,048,576 costs time, not memory). Numbers come out
 * as plain decimals (Excel's 15 significant digits), date-formatted numbers as {@code yyyy-MM-dd}, booleans as
 * {@code true}/{@code false}. A cell longer than {@link Limits#cellChars} or a file whose parts expand beyond
 * {@link Limits#expandedBytes} is refused ({@link WorkbookException}) before it can fill the memory.
 */
public final class XlsxRows implements Closeable {

    /**
     * The caps: the characters of one cell (Excel's own limit is 32,767) and the bytes all parts of the file may
     * expand to (a roll of a million households is a few hundred megabytes of sheet XML).
     */
    public record Limits(int cellChars, long expandedBytes) {
        public static final Limits DEFAULT = new Limits(32_767, 1L << 30);
    }

    /** One row: its number as Excel shows it, its cells as text, and which cells were numbers. */
    public record Row(long number, List<String> cells, BitSet numeric) {
        public String cell(int i) {
            return i < cells.size() ? cells.get(i) : "";
        }

        public boolean blank() {
            return cells.stream().allMatch(c -> c.isBlank());
        }
    }

    private static final MathContext EXCEL_PRECISION = new MathContext(15);
    private static final byte[] ZIP = {'P', 'K', 3, 4};

    static {
        // POI's own guard, set to our cap: it counts the bytes an entry really expands to, where our check before
        // opening trusts the sizes the zip declares (a hostile file may lie about them). One setting for the
        // process, the same value whoever opens a workbook.
        ZipSecureFile.setMaxEntrySize(Limits.DEFAULT.expandedBytes());
    }

    private final Path file;
    private final Limits limits;
    private final OPCPackage pkg;
    private final InputStream sheet;
    private final XMLStreamReader xml;
    private final CappedStrings strings;
    private final StylesTable styles;
    private long lastRow;
    private long currentRow;

    /** The sheet named {@code sheetName} of {@code file} (the first sheet when null); null when there is none. */
    public static XlsxRows open(Path file, String sheetName, Limits limits) {
        checkPackage(file, limits);
        return new XlsxRows(file, sheetName, limits);
    }

    /** {@link #open(Path, String, Limits)} with the default caps. */
    public static XlsxRows open(Path file, String sheetName) {
        return open(file, sheetName, Limits.DEFAULT);
    }

    private XlsxRows(Path file, String sheetName, Limits limits) {
        this.file = file;
        this.limits = limits;
        try {
            pkg = OPCPackage.open(file.toFile(), PackageAccess.READ);
        } catch (Exception e) {
            throw unreadable(0, e);
        }
        try {
            XSSFReader reader = new XSSFReader(pkg);
            strings = new CappedStrings(pkg);
            styles = reader.getStylesTable();
            XSSFReader.SheetIterator sheets = (XSSFReader.SheetIterator) reader.getSheetsData();
            InputStream found = null;
            while (sheets.hasNext()) {
                InputStream s = sheets.next();
                if (sheetName == null || sheetName.equals(sheets.getSheetName())) {
                    found = s;
                    break;
                }
                s.close();
            }
            if (found == null) {
                pkg.revert();
                throw new WorkbookException(file + " has no sheet " + sheetName, 0, null, "workbook.noSheet",
                        file.getFileName(), sheetName == null ? "" : sheetName);
            }
            sheet = found;
            xml = XMLHelper.newXMLInputFactory().createXMLStreamReader(sheet);
        } catch (WorkbookException e) {
            pkg.revert();
            throw e;
        } catch (Exception e) {
            pkg.revert();
            throw unreadable(0, e);
        }
    }

    /**
     * Refuses, before POI reads a byte, a file that is no zip at all (a CSV or an old .xls renamed .xlsx) and one
     * whose parts declare more than the cap when expanded.
     */
    private static void checkPackage(Path file, Limits limits) {
        byte[] head = new byte[4];
        try (InputStream in = Files.newInputStream(file)) {
            int n = in.readNBytes(head, 0, 4);
            if (n < 4 || head[0] != ZIP[0] || head[1] != ZIP[1] || head[2] != ZIP[2] || head[3] != ZIP[3]) {
                throw new WorkbookException(file + " is not an .xlsx workbook", 0, null, "workbook.notXlsx",
                        file.getFileName());
            }
        } catch (IOException e) {
            throw new WorkbookException("cannot read " + file, 0, e, "workbook.unreadable", file.getFileName());
        }
        long total = 0;
        try (ZipFile zip = new ZipFile(file.toFile())) {
            Enumeration<? extends ZipEntry> entries = zip.entries();
            while (entries.hasMoreElements()) {
                long size = entries.nextElement().getSize();
                total += Math.max(0, size);
                if (total > limits.expandedBytes()) {
                    throw tooLarge(file, limits);
                }
            }
        } catch (IOException e) {
            throw new WorkbookException("cannot read " + file, 0, e, "workbook.unreadable", file.getFileName());
        }
    }

    private static WorkbookException tooLarge(Path file, Limits limits) {
        return new WorkbookException(file + " expands beyond " + limits.expandedBytes() + " bytes", 0, null,
                "workbook.tooLarge", file.getFileName(), limits.expandedBytes() / (1024 * 1024));
    }

    private WorkbookException tooLongCell(long row, String column, Throwable cause) {
        int max = row == 0 ? CappedStrings.MAX : limits.cellChars();
        return new WorkbookException(file + ": a cell longer than " + max + " characters", row, cause,
                row == 0 ? "workbook.cellTooLongShared" : "workbook.cellTooLong", file.getFileName(), row, column,
                max);
    }

    /** Any other failure: worded by the toolkit; a zip bomb guard of POI is the size cap speaking. */
    private WorkbookException unreadable(long row, Throwable e) {
        if (e instanceof WorkbookException w) {
            return w;
        }
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            String m = String.valueOf(t.getMessage());
            if (m.contains(CappedStrings.TOO_LONG)) {
                return tooLongCell(0, "", e);
            }
            if (m.contains("Zip bomb") || m.contains("ZipSecureFile") || t instanceof OutOfMemoryError) {
                return tooLarge(file, limits);
            }
        }
        return new WorkbookException("cannot read " + file + (row > 0 ? " at row " + row : ""), row, e,
                row > 0 ? "workbook.unreadableRow" : "workbook.unreadable", file.getFileName(), row);
    }

    /** The next row of the sheet, or null after the last. */
    public Row next() {
        try {
            while (xml.hasNext()) {
                if (xml.next() == XMLStreamConstants.START_ELEMENT) {
                    switch (xml.getLocalName()) {
                        case "dimension" -> lastRow = lastRowOf(xml.getAttributeValue(null, "ref"));
                        case "row" -> {
                            return readRow();
                        }
                        default -> { }
                    }
                }
            }
            return null;
        } catch (WorkbookException e) {
            throw e;
        } catch (XMLStreamException | RuntimeException e) {
            throw unreadable(currentRow + 1, e);
        }
    }

    private Row readRow() throws XMLStreamException {
        String r = xml.getAttributeValue(null, "r");
        currentRow = r == null ? currentRow + 1 : Long.parseLong(r);
        List<String> cells = new ArrayList<>();
        BitSet numeric = new BitSet();
        while (xml.hasNext()) {
            int event = xml.next();
            if (event == XMLStreamConstants.START_ELEMENT && xml.getLocalName().equals("c")) {
                String ref = xml.getAttributeValue(null, "r");
                int col = ref == null ? cells.size() : new CellReference(ref).getCol();
                String type = xml.getAttributeValue(null, "t");
                String value = readCell(type, xml.getAttributeValue(null, "s"), col);
                if ((type == null || type.equals("n")) && !value.isEmpty()) {
                    numeric.set(col);
                }
                while (cells.size() < col) {
                    cells.add("");
                }
                cells.add(value);
            } else if (event == XMLStreamConstants.END_ELEMENT && xml.getLocalName().equals("row")) {
                break;
            }
        }
        return new Row(currentRow, cells, numeric);
    }

    /** Reads up to the end of the {@code c} element and turns its value into text. */
    private String readCell(String type, String style, int col) throws XMLStreamException {
        StringBuilder v = new StringBuilder();
        StringBuilder inline = new StringBuilder();
        String in = null;
        while (xml.hasNext()) {
            int event = xml.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                in = xml.getLocalName();
            } else if (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA) {
                if ("v".equals(in)) {
                    v.append(xml.getText());
                } else if ("t".equals(in)) {
                    inline.append(xml.getText());
                }
                if (v.length() > limits.cellChars() || inline.length() > limits.cellChars()) {
                    throw tooLongCell(currentRow, CellReference.convertNumToColString(col), null);
                }
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                if (xml.getLocalName().equals("c")) {
                    break;
                }
                in = null;
            }
        }
        return text(type, style, v.toString(), inline.toString());
    }

    private String text(String type, String style, String v, String inline) {
        if (type == null || type.equals("n")) {
            return v.isEmpty() ? "" : number(v, style);
        }
        return switch (type) {
            case "s" -> v.isEmpty() ? "" : strings.getItemAt(Integer.parseInt(v.strip())).getString();
            case "inlineStr" -> inline;
            case "b" -> "1".equals(v.strip()) ? "true" : "false";
            default -> v; // "str" (formula result), "e" (error such as #N/A), "d" (ISO date text)
        };
    }

    private String number(String v, String style) {
        if (style != null && !style.isEmpty()) {
            XSSFCellStyle xf = styles.getStyleAt(Integer.parseInt(style));
            if (xf != null) {
                int index = xf.getDataFormat();
                String format = xf.getDataFormatString();
                if (format == null) {
                    format = BuiltinFormats.getBuiltinFormat(index);
                }
                double d = Double.parseDouble(v);
                if (format != null && DateUtil.isADateFormat(index, format) && DateUtil.isValidExcelDate(d)) {
                    return DateUtil.getLocalDateTime(d).toLocalDate().toString();
                }
            }
        }
        return new BigDecimal(v.strip()).round(EXCEL_PRECISION).stripTrailingZeros().toPlainString();
    }

    private static long lastRowOf(String ref) {
        if (ref == null) {
            return 0;
        }
        String last = ref.contains(":") ? ref.substring(ref.indexOf(':') + 1) : ref;
        try {
            return new CellReference(last).getRow() + 1L;
        } catch (RuntimeException e) {
            return 0;
        }
    }

    /** How far through the sheet the reader is, by the sheet's declared last row (0 when unknown). */
    public double progress() {
        return lastRow <= 0 ? 0 : Math.min(1.0, (double) currentRow / lastRow);
    }

    @Override
    public void close() {
        try {
            xml.close();
        } catch (XMLStreamException e) {
            // nothing to release beyond the streams closed below
        }
        try {
            sheet.close();
        } catch (IOException e) {
            // read-only: nothing was written
        }
        pkg.revert();
    }

    /**
     * The shared strings, read as POI reads them but refusing a string longer than the cap while it is being read
     * (a 400 MB shared string would otherwise be built whole before any row is seen).
     */
    private static final class CappedStrings extends ReadOnlySharedStringsTable {
        /** Excel's own limit: a shared string is a cell's text. */
        static final int MAX = 32_767;
        static final String TOO_LONG = "inspect: shared string longer than " + MAX + " characters";
        // counted by the parse, which runs inside the superclass constructor: no initialiser (it would run after)
        private long current;

        CappedStrings(OPCPackage pkg) throws IOException, SAXException {
            super(pkg);
        }

        @Override
        public void startElement(String uri, String localName, String name, Attributes attributes)
                throws SAXException {
            if ("si".equals(localName)) {
                current = 0;
            }
            super.startElement(uri, localName, name, attributes);
        }

        @Override
        public void characters(char[] ch, int start, int length) throws SAXException {
            current += length;
            if (current > MAX) {
                throw new SAXException(TOO_LONG);
            }
            super.characters(ch, start, length);
        }
    }
}
