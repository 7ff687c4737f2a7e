// Builds the project three more times with the same Maven, offline, against the same local
// repository (everything the build needs is there after the first build), and checks that each
// build generates exactly what changed.

def sources = new File(basedir, 'target/generated-sources/hnet')
def alpha = new File(sources, 'Alpha.java')
def beta = new File(sources, 'Beta.java')

def first = new File(basedir, 'build.log').text
assert first.contains('generating alpha.hnet')
assert first.contains('generating beta.hnet')
assert alpha.isFile() && beta.isFile()

// the same mirror id as the invoker's settings, so that what it downloaded counts offline
def settings = new File(basedir, 'target/it-settings.xml')
settings.text = """<settings><mirrors><mirror>
  <id>outer-local-repository</id><mirrorOf>*</mirrorOf>
  <url>${new File(outerRepository).toURI()}</url>
</mirror></mirrors></settings>"""

def build = { String name ->
  def windows = System.getProperty('os.name').toLowerCase().contains('windows')
  def mvn = new File(mavenHome, windows ? 'bin/mvn.cmd' : 'bin/mvn').absolutePath
  def log = new File(basedir, name + '.log')
  def command = [mvn, '-B', '-o', '-s', settings.absolutePath,
                 '-Dmaven.repo.local=' + localRepositoryPath.absolutePath, 'compile']
  def process = new ProcessBuilder(command).directory(basedir)
      .redirectErrorStream(true).redirectOutput(log).start()
  assert process.waitFor() == 0 : "the $name build failed; see $log"
  return log.text
}

// 1. nothing changed: nothing is generated, no file is rewritten
def stamps = [alpha.lastModified(), beta.lastModified()]
def unchanged = build('unchanged')
assert unchanged.contains('2 models up to date')
assert !unchanged.contains('generating ')
assert [alpha.lastModified(), beta.lastModified()] == stamps

// 2. beta changes (another stored pattern): beta alone is generated again
def betaModel = new File(basedir, 'src/main/hnet/beta.hnet')
betaModel.text = betaModel.text.replace('"++--"', '"+-+-"')
def changed = build('changed')
assert changed.contains('1 model up to date')
assert changed.contains('generating beta.hnet (beta.hnet changed)')
assert !changed.contains('generating alpha.hnet')
assert alpha.lastModified() == stamps[0]
assert beta.text.contains('new int[] {1, -1, 1, -1}')

// 3. alpha is deleted: its class goes, from the sources and from the compiled classes' input
assert new File(basedir, 'src/main/hnet/alpha.hnet').delete()
def deleted = build('deleted')
assert deleted.contains('removing the outputs of alpha.hnet, which is gone')
assert deleted.contains('1 model up to date')
assert !alpha.exists()
assert beta.isFile()
return true
