using System.Globalization;
using System.Text;

namespace KipuHub.Benchmarks;

/// <summary>Writes a markdown table into benchmarks/results/.</summary>
public sealed class Report(string title)
{
    private readonly StringBuilder _text = new StringBuilder().AppendLine("## " + title).AppendLine();

    public Report Line(string line = "")
    {
        _text.AppendLine(line);
        return this;
    }

    public Report Table(string[] header, IEnumerable<string[]> rows)
    {
        _text.AppendLine("| " + string.Join(" | ", header) + " |");
        _text.AppendLine("|" + string.Concat(header.Select(_ => "---|")));
        foreach (var row in rows)
        {
            _text.AppendLine("| " + string.Join(" | ", row) + " |");
        }
        _text.AppendLine();
        return this;
    }

    public void Save(string directory, string name)
    {
        Directory.CreateDirectory(directory);
        var path = Path.Combine(directory, name + ".md");
        File.WriteAllText(path, _text.ToString());
        Console.WriteLine(_text.ToString());
        Console.WriteLine("written: " + path);
    }

    public static string Ms(double ms) => ms.ToString(ms < 10 ? "0.00" : "0.0", CultureInfo.InvariantCulture) + " ms";

    public static string Mb(double bytes) => (bytes / (1024 * 1024)).ToString("0.0", CultureInfo.InvariantCulture) + " MB";

    public static string Kb(double bytes) => (bytes / 1024).ToString("0.0", CultureInfo.InvariantCulture) + " KB";

    public static string X(double ratio) => ratio.ToString("0.00", CultureInfo.InvariantCulture) + "×";

    public static string N(double value, string format = "0") => value.ToString(format, CultureInfo.InvariantCulture);
}
