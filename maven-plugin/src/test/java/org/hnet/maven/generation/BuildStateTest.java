package org.hnet.maven.generation;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BuildStateTest {

  @TempDir Path folder;

  @Test
  void aWrittenStateReadsBackEqualEvenWithTabsNewlinesAndBackslashesInPaths() throws Exception {
    Path odd = folder.resolve("we\tird\\na\nme.hnet");
    ModelRecord record =
        new ModelRecord(
            "we\tird\\na\nme.hnet",
            "settings-digest",
            Map.of(odd, "aaa", folder.resolve("p.txt"), "bbb"),
            List.of(folder.resolve("out/A.java"), folder.resolve("out/A.weights.bin")));
    BuildState state =
        new BuildState(new GeneratorFingerprint("0.1.0", "ccc"), Map.of(record.model(), record));
    Path file = folder.resolve("target/state");

    state.write(file);

    assertThat(BuildState.read(file)).contains(state);
    assertThat(Files.readAllLines(file).get(0)).isEqualTo("hnet-generation-state\t1");
  }

  @Test
  void aMissingFileIsNoState() throws Exception {
    assertThat(BuildState.read(folder.resolve("absent"))).isEmpty();
  }

  @Test
  void aFileOfAnotherFormatVersionIsNoState() throws Exception {
    Path file =
        Files.writeString(folder.resolve("state"), "hnet-generation-state\t2\ngenerator\ta\tb\n");

    assertThat(BuildState.read(file)).isEmpty();
  }

  @Test
  void aDamagedFileIsNoState() throws Exception {
    String valid = "hnet-generation-state\t1\ngenerator\ta\tb\n";
    for (String damaged :
        List.of(
            valid + "input\tabc\t/before/any/model\n",
            valid + "model\tonly-one-field\n",
            valid + "model\tm.hnet\ts\nsurprise\tx\n",
            valid + "model\tm.hnet\ts\noutput\tbad\\qescape\n",
            "hnet-generation-state\t1\n")) {
      Path file = Files.writeString(folder.resolve("state"), damaged);

      assertThat(BuildState.read(file)).as(damaged).isEmpty();
    }
  }
}
