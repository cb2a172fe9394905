using KipuHub.FakeServer.Hosting;

// kipuhub-fake: the fake qc-catalog server on its own, for any HTTP client (flags: kipuhub-fake --help).
return await FakeHubStandalone.RunAsync(args);
