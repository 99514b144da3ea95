package com.skillconnect.conversations.domain;

import com.skillconnect.kernel.CommonCode;
import com.skillconnect.kernel.Parsed;
import com.skillconnect.kernel.UploadedFile;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import org.jmolecules.ddd.annotation.ValueObject;

/**
 * What a message's file may be: not empty, at most {@code maxBytes}, and of an allowed kind told by its CONTENT
 * ({@link FileTypes}): pictures, pdf, audio, plain text and office documents; never a script or an executable
 * (a file starting with "#!" is refused whatever its name or detected type). Voice notes must be audio.
 * Each allowed MIME type names the extension the storage gives the file.
 */
@ValueObject
public record AttachmentPolicy(long maxBytes) {

    /** The allowed MIME types, each with its stored file's extension. */
    public static final Map<String, String> ALLOWED = Map.ofEntries(
            Map.entry("image/png", "png"), Map.entry("image/jpeg", "jpg"), Map.entry("image/gif", "gif"),
            Map.entry("image/webp", "webp"), Map.entry("application/pdf", "pdf"),
            Map.entry("audio/webm", "webm"), Map.entry("video/webm", "webm"), Map.entry("audio/ogg", "ogg"),
            Map.entry("audio/vorbis", "ogg"), Map.entry("audio/opus", "opus"), Map.entry("audio/mpeg", "mp3"),
            Map.entry("audio/vnd.wave", "wav"), Map.entry("audio/wav", "wav"), Map.entry("audio/x-wav", "wav"),
            Map.entry("audio/mp4", "m4a"), Map.entry("text/plain", "txt"),
            Map.entry("application/msword", "doc"),
            Map.entry("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx"),
            Map.entry("application/vnd.ms-excel", "xls"),
            Map.entry("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx"),
            Map.entry("application/vnd.ms-powerpoint", "ppt"),
            Map.entry("application/vnd.openxmlformats-officedocument.presentationml.presentation", "pptx"),
            Map.entry("application/vnd.oasis.opendocument.text", "odt"),
            Map.entry("application/vnd.oasis.opendocument.spreadsheet", "ods"),
            Map.entry("application/vnd.oasis.opendocument.presentation", "odp"));

    /** Audio types a voice note may be; a webm recording detected as video/webm is audio too (the browser's webm). */
    private static boolean audio(String mime) {
        return mime.startsWith("audio/") || mime.equals("video/webm");
    }

    public AttachmentPolicy {
        if (maxBytes <= 0) {
            throw new IllegalArgumentException("The file size limit is positive");
        }
    }

    /** A checked file with the MIME type its content shows. */
    public record Checked(UploadedFile file, String mimeType) {

        /** The extension the storage gives it. */
        public String extension() {
            return ALLOWED.get(mimeType);
        }
    }

    public Parsed<Checked> check(UploadedFile file, FileTypes types, boolean voice) {
        if (file.size() == 0) {
            return Parsed.refused(CommonCode.FILE_EMPTY);
        }
        if (file.size() > maxBytes) {
            return Parsed.refused(CommonCode.FILE_TOO_LARGE, maxBytes);
        }
        if (startsWithShebang(file)) {
            return Parsed.refused(ConversationCodes.ATTACHMENT_KIND);
        }
        String mime = types.detect(file);
        if (!ALLOWED.containsKey(mime)) {
            return Parsed.refused(ConversationCodes.ATTACHMENT_KIND);
        }
        if (voice && !audio(mime)) {
            return Parsed.refused(ConversationCodes.VOICE_NOT_AUDIO);
        }
        return Parsed.of(new Checked(file, voice && mime.equals("video/webm") ? "audio/webm" : mime));
    }

    private static boolean startsWithShebang(UploadedFile file) {
        try (InputStream in = file.open()) {
            byte[] start = in.readNBytes(2);
            return start.length == 2 && start[0] == '#' && start[1] == '!';
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
