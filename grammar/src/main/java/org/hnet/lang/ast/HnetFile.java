package org.hnet.lang.ast;

import java.util.List;

/**
 * The syntax tree of one model file.
 *
 * @param file the file as the user named it
 * @param networks its networks, in the order written
 */
public record HnetFile(String file, List<NetworkDecl> networks) {

  /** Copies the list. */
  public HnetFile {
    networks = List.copyOf(networks);
  }
}
