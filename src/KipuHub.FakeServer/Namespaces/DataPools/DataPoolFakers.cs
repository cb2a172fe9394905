using System.Globalization;
using System.Text;
using Bogus;
using KipuHub.FakeServer.Store;

namespace KipuHub.FakeServer.Namespaces.DataPools;

/// <summary>Data pools; the seeder assigns the tenant and the files.</summary>
internal sealed class DataPoolFaker : SeededFaker<DataPoolRecord>
{
    private static readonly string[] s_subjects = ["Benchmark", "Molecule", "Portfolio", "Route", "Graph", "Sensor", "Circuit", "Training"];
    private static readonly string[] s_kinds = ["Data", "Set", "Samples", "Archive", "Results"];

    public DataPoolFaker(int seed, DateTimeOffset referenceDate)
        : base(seed, "DataPool", referenceDate)
    {
        RuleFor(d => d.Id, f => f.Random.Uuid().ToString());
        RuleFor(d => d.Name, f => $"{f.PickRandom(s_subjects)} {f.PickRandom(s_kinds)} {f.Random.Int(2019, 2025)}");
        RuleFor(d => d.ShortDescription, f => f.Lorem.Sentence(6));
        RuleFor(d => d.Description, f => f.Lorem.Paragraph());
        RuleFor(d => d.CreatedAt, f => Past(f));
    }
}

/// <summary>Small text files in data pools.</summary>
internal sealed class DataPoolFileFaker : SeededFaker<FileRecord>
{
    public DataPoolFileFaker(int seed, DateTimeOffset referenceDate)
        : base(seed, "DataPoolFile", referenceDate)
    {
        RuleFor(x => x.Id, f => f.Random.Uuid().ToString());
        RuleFor(x => x.ContentType, f => f.PickRandom("text/csv", "application/json", "text/plain"));
        RuleFor(x => x.Name, (f, x) => $"{f.Hacker.Noun().Replace(' ', '-')}-{f.Random.Int(1, 99)}" + x.ContentType switch
        {
            "text/csv" => ".csv",
            "application/json" => ".json",
            _ => ".txt",
        });
        RuleFor(x => x.Bytes, (f, x) => Encoding.UTF8.GetBytes(Content(f, x.ContentType)));
        RuleFor(x => x.CreatedAt, f => Past(f));
    }

    private static string Content(Faker f, string contentType)
    {
        var rows = f.Random.Int(3, 6);
        return contentType switch
        {
            "text/csv" => "x,y,energy\n" + string.Concat(Enumerable.Range(0, rows).Select(_ =>
                string.Create(CultureInfo.InvariantCulture, $"{f.Random.Int(0, 9)},{f.Random.Int(0, 9)},{Math.Round(f.Random.Double(-5, 5), 4)}\n"))),
            "application/json" => "{\"shots\":" + f.Random.Int(100, 4000).ToString(CultureInfo.InvariantCulture)
                + ",\"backend\":\"" + f.PickRandom("simulator", "ionq.aria", "ibm.brisbane") + "\"}\n",
            _ => f.Lorem.Lines(rows) + "\n",
        };
    }
}
