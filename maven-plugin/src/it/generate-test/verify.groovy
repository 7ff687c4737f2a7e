def log = new File(basedir, 'build.log').text
assert log.contains('generating org/example/probe.hnet')
assert log.contains('Tests run: 1, Failures: 0, Errors: 0, Skipped: 0')

// the class is a test source: generated and compiled for the tests, not for the main code
assert new File(basedir, 'target/generated-test-sources/hnet/org/example/Probe.java').isFile()
assert new File(basedir, 'target/test-classes/org/example/Probe.class').isFile()
assert !new File(basedir, 'target/generated-sources/hnet').exists()
assert !new File(basedir, 'target/classes/org/example/Probe.class').exists()
return true
