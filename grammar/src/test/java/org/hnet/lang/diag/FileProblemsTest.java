package org.hnet.lang.diag;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import org.junit.jupiter.api.Test;

class FileProblemsTest {

  @Test
  void namesTheReasonNotTheFileThatExceptionsCarryAsTheirMessage() {
    assertThat(FileProblems.reason(new AccessDeniedException("locked.hnet")))
        .isEqualTo("permission denied");
    assertThat(FileProblems.reason(new NoSuchFileException("gone.hnet")))
        .isEqualTo("it does not exist");
    assertThat(FileProblems.reason(new FileSystemException("d", null, "Is a directory")))
        .isEqualTo("is a directory");
    assertThat(FileProblems.reason(new FileSystemException("f.hnet")))
        .isEqualTo("an input/output error occurred (FileSystemException)");
    assertThat(FileProblems.reason(new IOException("Input/output error")))
        .isEqualTo("input/output error");
  }
}
