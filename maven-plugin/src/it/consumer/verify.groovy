import java.util.jar.JarFile

def log = new File(basedir, 'build.log').text
assert log.contains('generating org/example/memory.hnet')
assert log.contains('generating org/example/wide/wide.hnet')
assert log.contains('Tests run: 2, Failures: 0, Errors: 0, Skipped: 0')

def sources = new File(basedir, 'target/generated-sources/hnet/org/example')
assert new File(sources, 'Memory.java').text.contains('package org.example;')
assert new File(sources, 'wide/Wide.java').text.contains('package org.example.wide;')

// the weights of the wide network and each model's spec are resources, packaged beside the classes
def jar = new JarFile(new File(basedir, 'target/consumer-1.0.jar'))
try {
  assert jar.getEntry('org/example/wide/Wide.class') != null
  assert jar.getEntry('org/example/wide/Wide.weights.bin') != null
  assert jar.getEntry('org/example/Memory.class') != null
  assert jar.getEntry('org/example/memory.spec.json') != null
  assert jar.getEntry('org/example/wide/wide.spec.json') != null
} finally {
  jar.close()
}
return true
