using System.Globalization;

namespace KipuHub.FakeServer.Hosting;

/// <summary>The standalone server's own arguments; the rest (--urls, ...) are ASP.NET Core's.</summary>
internal static class FakeHubCommandLine
{
    /// <summary>Where the standalone server listens when neither --urls nor ASPNETCORE_URLS says.</summary>
    public const string DefaultUrl = "http://127.0.0.1:5080";

    /// <summary>Reads <c>--seed N</c> or <c>--seed=N</c>.</summary>
    public static (FakeHubOptions? Options, string? Error) Parse(IReadOnlyList<string> args)
    {
        var options = new FakeHubOptions();
        for (var i = 0; i < args.Count; i++)
        {
            string? value;
            if (args[i] == "--seed")
            {
                if (i + 1 >= args.Count)
                {
                    return (null, "--seed needs a value: an integer, for example --seed 7.");
                }
                value = args[++i];
            }
            else if (args[i].StartsWith("--seed=", StringComparison.Ordinal))
            {
                value = args[i]["--seed=".Length..];
            }
            else
            {
                continue;
            }
            if (!int.TryParse(value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var seed))
            {
                return (null, $"--seed must be an integer (for example --seed 7), got '{value}'.");
            }
            options.Seed = seed;
        }
        return (options, null);
    }

    /// <summary>Listens on <see cref="DefaultUrl"/> unless the configuration names addresses.</summary>
    public static void UseDefaultUrls(WebApplicationBuilder builder)
    {
        var configured = new[] { "urls", "http_ports", "https_ports" }.Any(key => !string.IsNullOrEmpty(builder.Configuration[key]));
        if (!configured)
        {
            builder.WebHost.UseUrls(DefaultUrl);
        }
    }
}
