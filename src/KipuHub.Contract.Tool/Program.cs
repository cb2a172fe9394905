using KipuHub.Contract.Tool;

// kipuhub-contract: compares HubCatalog with an OpenAPI document (kipuhub-contract --help).
return await DriftCommand.RunAsync(args, Console.Out, Console.Error);
