package jp.miyazaki.kyodo.web;

import java.nio.charset.StandardCharsets;

import org.springframework.http.MediaType;

/** The media type of the CSV downloads staff open in Excel (UTF-8; the files begin with a byte order mark). */
public final class CsvForExcel {

    public static final MediaType MEDIA_TYPE = new MediaType("text", "csv", StandardCharsets.UTF_8);

    private CsvForExcel() {
    }
}
