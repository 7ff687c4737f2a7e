def log = new File(basedir, 'build.log').text
def model = basedir.toPath().resolve('src/main/hnet/broken.hnet').toAbsolutePath().normalize()

// positions counted by hand: the 'x' is character 17 of line 4 ("  patterns { \"++x-\"; }"),
// the '[' character 14 of line 6 ("  thresholds [0, 0];")
def expected = [
    "${model}:4:17: error: character 'x' in a pattern: expected + or - [HN074]",
    "${model}:6:14: error: threshold vector has 2 values, but network 'bad' has 4 neurons [HN060]"]
expected.each { line -> assert log.contains(line.toString()) : "build.log lacks: $line" }

// the failure itself lists them, without -e: after Maven's "Failed to execute goal" line
def failure = log.substring(log.indexOf('Failed to execute goal'))
assert failure.contains('2 errors in 1 .hnet model:')
expected.each { line -> assert failure.contains(line.toString()) }
assert failure.contains('MojoFailureException')

// the caret report shows the offending line
assert log.contains('    thresholds [0, 0];')

// nothing was written, not even the valid model's class
assert !new File(basedir, 'target/generated-sources/hnet').exists()
return true
