// Run by cchc's build (maven-invoker-plugin, module cchc-examples) after `mvn verify` of this project: the tests
// must have run twice, once on the module path and once on the class path, each with the same test classes,
// none skipped or failed. An application copying this example does not need this file.
def suites = { String dir ->
  def reports = new File(basedir, "target/" + dir)
  assert reports.isDirectory() : "no test reports in ${reports}: the surefire execution did not run"
  def found = [:]
  reports.eachFileMatch(~/TEST-.*\.xml/) { f ->
    def s = new groovy.xml.XmlSlurper().parse(f)
    found[s.@name.text()] = [tests: s.@tests.toInteger(), failures: s.@failures.toInteger(),
                             errors: s.@errors.toInteger(), skipped: s.@skipped.toInteger()]
  }
  assert !found.isEmpty() : "no test suite ran in ${reports}"
  found.each { name, c ->
    assert c.tests > 0 && c.failures == 0 && c.errors == 0 && c.skipped == 0 : "${dir} ${name}: ${c}"
  }
  found
}
def onModulePath = suites("surefire-reports-module-path")
def onClassPath = suites("surefire-reports-class-path")
assert onModulePath.keySet().contains("com.example.consumer.ModulePathTest")
assert onModulePath == onClassPath : "module path ran ${onModulePath}, class path ran ${onClassPath}"
println "consumer tests ran on the module path and on the class path: ${onModulePath.keySet().sort()}"
return true
