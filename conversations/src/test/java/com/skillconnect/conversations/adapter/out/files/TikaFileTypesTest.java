package com.skillconnect.conversations.adapter.out.files;

import static org.assertj.core.api.Assertions.assertThat;

import com.skillconnect.conversations.domain.AttachmentPolicy;
import com.skillconnect.conversations.domain.ConversationCodes;
import com.skillconnect.kernel.CommonCode;
import com.skillconnect.kernel.Parsed;
import com.skillconnect.kernel.UploadedFile;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;

/**
 * What an attachment may be, told by Tika from its content (the name only refines what the content allows), checked
 * against conversations' allow-list: documents, pictures, audio and plain text pass; scripts, executables and pages
 * never do, whatever they are called.
 */
class TikaFileTypesTest {

    private final TikaFileTypes types = new TikaFileTypes();
    private final AttachmentPolicy policy = new AttachmentPolicy(1024 * 1024);

    @Test
    void allowedKindsAreToldByTheirContent() throws IOException {
        assertThat(allowed("logo.bin", new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13}))
                .isEqualTo("image/png");
        assertThat(allowed("a.gif", "GIF89a\u0001\u0000\u0001\u0000".getBytes(StandardCharsets.ISO_8859_1))).isEqualTo("image/gif");
        assertThat(allowed("doc", "%PDF-1.4\n%%EOF\n".getBytes(StandardCharsets.US_ASCII))).isEqualTo("application/pdf");
        assertThat(allowed("notes.txt", "just some notes\n".getBytes(StandardCharsets.UTF_8))).isEqualTo("text/plain");
        assertThat(allowed("song.mp3", "ID3\u0003\u0000\u0000\u0000\u0000\u0000\u0000".getBytes(StandardCharsets.ISO_8859_1)))
                .isEqualTo("audio/mpeg");
        assertThat(allowed("report.docx", zip("word/document.xml"))).isEqualTo(
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document");
        assertThat(allowed("sheet.xlsx", zip("xl/workbook.xml"))).isEqualTo(
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    }

    @Test
    void scriptsExecutablesAndPagesAreRefusedWhateverTheirName() {
        assertThat(refusal("notes.txt", "#!/bin/bash\necho hi\n".getBytes(StandardCharsets.UTF_8)))
                .isEqualTo(ConversationCodes.ATTACHMENT_KIND);
        assertThat(refusal("notes.txt", "<html><body><script>x()</script></body></html>".getBytes(StandardCharsets.UTF_8)))
                .isEqualTo(ConversationCodes.ATTACHMENT_KIND);
        assertThat(refusal("notes.txt", new byte[] {0x7F, 'E', 'L', 'F', 2, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0}))
                .isEqualTo(ConversationCodes.ATTACHMENT_KIND);
        assertThat(refusal("photo.png", new byte[] {'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0, 4, 0, 0, 0}))
                .isEqualTo(ConversationCodes.ATTACHMENT_KIND);
        assertThat(refusal("app.js", "alert(1);\n".getBytes(StandardCharsets.UTF_8))).isEqualTo(ConversationCodes.ATTACHMENT_KIND);
        assertThat(refusal("run.sh", "echo hi\n".getBytes(StandardCharsets.UTF_8))).isEqualTo(ConversationCodes.ATTACHMENT_KIND);
        assertThat(refusal("archive.zip", zipOf("payload.exe"))).isEqualTo(ConversationCodes.ATTACHMENT_KIND);
    }

    @Test
    void emptyTooLargeAndNonAudioVoiceNotesAreRefused() {
        assertThat(refusal("a.txt", new byte[0])).isEqualTo(CommonCode.FILE_EMPTY);
        assertThat(new AttachmentPolicy(4).check(new UploadedFile("a.txt", "12345".getBytes(StandardCharsets.UTF_8)),
                types, false).code()).isEqualTo(CommonCode.FILE_TOO_LARGE);
        assertThat(policy.check(new UploadedFile("voice.webm", "%PDF-1.4\n".getBytes(StandardCharsets.US_ASCII)), types,
                true).code()).isEqualTo(ConversationCodes.VOICE_NOT_AUDIO);
    }

    private String allowed(String name, byte[] content) {
        Parsed<AttachmentPolicy.Checked> checked = policy.check(new UploadedFile(name, content), types, false);
        assertThat(checked.ok()).as("%s: %s", name, checked).isTrue();
        return checked.value().mimeType();
    }

    private String refusal(String name, byte[] content) {
        Parsed<AttachmentPolicy.Checked> checked = policy.check(new UploadedFile(name, content), types, false);
        assertThat(checked.ok()).as("%s refused", name).isFalse();
        return checked.code();
    }

    private static byte[] zip(String entry) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write("<Types/>".getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry(entry));
            zip.write("<x/>".getBytes(StandardCharsets.UTF_8));
        }
        return bytes.toByteArray();
    }

    private static byte[] zipOf(String entry) {
        try {
            return zip(entry);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
