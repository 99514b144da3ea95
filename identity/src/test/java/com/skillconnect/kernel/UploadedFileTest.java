package com.skillconnect.kernel;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class UploadedFileTest {

    private static final long TEN_MB = 10L * 1024 * 1024;

    /** An endless PNG-looking stream that counts what is read of it. */
    private static InputStream png(AtomicLong read) {
        byte[] magic = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A};
        return new InputStream() {
            @Override
            public int read() {
                long at = read.getAndIncrement();
                return at < magic.length ? magic[(int) at] & 0xFF : 0;
            }
        };
    }

    @Test
    void itsKindIsToldFromAShortPrefixWithoutReadingTheWholeFile() {
        AtomicLong read = new AtomicLong();
        UploadedFile file = new UploadedFile("big.png", TEN_MB, () -> png(read));

        assertThat(file.kind()).contains(FileKind.PNG);
        assertThat(read.get()).isLessThanOrEqualTo(UploadedFile.KIND_PREFIX);
    }

    @Test
    void itsSizeIsTheDeclaredOneAndNothingIsReadForIt() {
        AtomicLong read = new AtomicLong();
        UploadedFile file = new UploadedFile("huge.png", 50 * TEN_MB, () -> png(read));

        assertThat(file.size()).isEqualTo(50 * TEN_MB);
        assertThat(read.get()).isZero();
    }

    @Test
    void aFileInMemoryWorksTheSame() {
        UploadedFile file = new UploadedFile("doc.pdf", "%PDF-1.7\n".getBytes());

        assertThat(file.size()).isEqualTo(9);
        assertThat(file.kind()).contains(FileKind.PDF);
    }
}
