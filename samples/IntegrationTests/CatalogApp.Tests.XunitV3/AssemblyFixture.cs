using KipuHub.FakeServer.Xunit;

// xunit v3: one fake server for the whole assembly, started before the first test and stopped after the last. Any
// test class takes it as a constructor parameter, without IClassFixture or a collection; classes still run in
// parallel, so every test works in a tenant of its own.
[assembly: AssemblyFixture(typeof(FakeHubFixture))]
