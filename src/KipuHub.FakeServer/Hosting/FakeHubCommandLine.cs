using System.Globalization;

namespace KipuHub.FakeServer.Hosting;

/// <summary>The standalone server's own arguments; the rest (--urls, ...) are ASP.NET Core's.</summary>
internal static class FakeHubCommandLine
{
    /// <summary>Where the standalone server listens when neither --urls nor ASPNETCORE_URLS says.</summary>
    public const string DefaultUrl = "http://127.0.0.1:5080";

    /// <summary>The flags and their defaults, printed by <c>--help</c>.</summary>
    public const string Usage = """
        KipuHub fake qc-catalog server. Flags (each also as --flag=value):
          --seed N                 data set seed (default 42)
          --strict                 answer calls the analyzers flag (KH0001/KH0002/KH0004) with 400 (default off: serve them,
                                   report in the X-KipuHub-Diagnostic header and the journal)
          --require-organization   report calls without X-OrganizationId as KH0001 (default off)
          --latency MS | MIN-MAX   latency added to every API call, fixed or a seeded range in ms (default 0)
          --admin-key KEY          key the admin API (/_admin) requires in X-Admin-Key (default none: open)
          --journal-size N         requests the journal keeps, oldest dropped first (default 1000)
          --upload-limit BYTES     largest data-pool upload (default 10485760 = 10 MiB)
          --deterministic-secrets  tokens created at run time come from the seed too (default off: a cryptographic generator)
          --urls URL               where to listen (default http://127.0.0.1:5080); ASP.NET Core's own options
                                   (--environment, --contentRoot, --Section:Key=value, ...) pass through
          --help, --version        print this text, or the version, and exit
        Environment: DOTNET_SYSTEM_NET_SOCKETS_INLINE_COMPLETIONS=0 serves requests from the thread pool instead of
        inline on the socket threads (the default, which costs less CPU per request).
        """;

    private static readonly string[] s_valueFlags = ["--seed", "--latency", "--admin-key", "--journal-size", "--upload-limit"];
    private static readonly string[] s_switches = ["--strict", "--require-organization", "--deterministic-secrets"];

    /// <summary>The host's own command-line keys (any key with ':' is a configuration path and passes too).</summary>
    private static readonly string[] s_hostFlags =
    [
        "--urls", "--environment", "--contentRoot", "--applicationName", "--webroot", "--http_ports", "--https_ports",
        "--allowedHosts", "--detailedErrors", "--shutdownTimeoutSeconds", "--suppressStatusMessages", "--preventHostingStartup",
        "--hostingStartupAssemblies", "--hostingStartupExcludeAssemblies",
    ];

    /// <summary>Reads the fake's own flags into options; the first bad one is the error.</summary>
    public static (FakeHubOptions? Options, string? Error) Parse(IReadOnlyList<string> args)
    {
        var options = new FakeHubOptions();
        for (var i = 0; i < args.Count; i++)
        {
            var (flag, inline) = Split(args[i]);
            if (s_switches.Contains(flag))
            {
                if (!TryBool(flag, inline, out var on, out var error))
                {
                    return (null, error);
                }
                switch (flag)
                {
                    case "--strict":
                        options.Strict = on;
                        break;
                    case "--require-organization":
                        options.RequireOrganization = on;
                        break;
                    default:
                        options.DeterministicSecrets = on;
                        break;
                }
                continue;
            }
            if (!s_valueFlags.Contains(flag))
            {
                if (UnknownFlag(flag) is { } unknown)
                {
                    return (null, unknown);
                }
                // A host flag without '=' takes the next argument as its value.
                if (IsHostFlag(flag) && inline is null && i + 1 < args.Count && !args[i + 1].StartsWith("--", StringComparison.Ordinal))
                {
                    i++;
                }
                continue;
            }
            string value;
            if (inline is not null)
            {
                value = inline;
            }
            else if (i + 1 < args.Count)
            {
                value = args[++i];
            }
            else
            {
                return (null, $"{flag} needs a value{Example(flag)}.");
            }
            var problem = Apply(options, flag, value);
            if (problem is not null)
            {
                return (null, problem);
            }
        }
        try
        {
            options.Validated();
        }
        catch (ArgumentException ex)
        {
            return (null, ex.Message);
        }
        return (options, null);
    }

    /// <summary>The arguments left for ASP.NET Core once the fake's own flags (and their values) are taken out.</summary>
    public static string[] HostArguments(IReadOnlyList<string> args)
    {
        var rest = new List<string>();
        for (var i = 0; i < args.Count; i++)
        {
            var (flag, inline) = Split(args[i]);
            if (s_switches.Contains(flag))
            {
                continue;
            }
            if (s_valueFlags.Contains(flag))
            {
                if (inline is null)
                {
                    i++;
                }
                continue;
            }
            rest.Add(args[i]);
        }
        return [.. rest];
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

    /// <summary>A message naming a flag that is neither the fake's nor the host's, with the closest valid one.</summary>
    private static string? UnknownFlag(string flag)
    {
        if (!flag.StartsWith("--", StringComparison.Ordinal) || IsHostFlag(flag))
        {
            return null;
        }
        string[] ours = [.. s_valueFlags, .. s_switches];
        var closest = ours.Concat(s_hostFlags).MinBy(known => Distance(flag, known))!;
        return $"Unknown flag '{flag}'{(Distance(flag, closest) <= 3 ? $"; did you mean {closest}" : "")}. The fake's flags are {string.Join(", ", ours)}; " +
            "ASP.NET Core options such as --urls, --environment or --Section:Key=value pass through. --help lists them.";
    }

    private static bool IsHostFlag(string flag) =>
        flag.Contains(':', StringComparison.Ordinal) || s_hostFlags.Contains(flag, StringComparer.OrdinalIgnoreCase);

    /// <summary>Levenshtein distance, for suggesting the flag that was meant.</summary>
    private static int Distance(string a, string b)
    {
        var row = Enumerable.Range(0, b.Length + 1).ToArray();
        for (var i = 1; i <= a.Length; i++)
        {
            var diagonal = row[0];
            row[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var above = row[j];
                row[j] = Math.Min(Math.Min(row[j] + 1, row[j - 1] + 1), diagonal + (a[i - 1] == b[j - 1] ? 0 : 1));
                diagonal = above;
            }
        }
        return row[b.Length];
    }

    private static (string Flag, string? Inline) Split(string arg)
    {
        var equals = arg.IndexOf('=', StringComparison.Ordinal);
        return arg.StartsWith("--", StringComparison.Ordinal) && equals > 0 ? (arg[..equals], arg[(equals + 1)..]) : (arg, null);
    }

    private static bool TryBool(string flag, string? inline, out bool on, out string? error)
    {
        error = null;
        on = true;
        if (inline is null)
        {
            return true;
        }
        if (bool.TryParse(inline, out on))
        {
            return true;
        }
        error = $"{flag} is a switch: give it alone, or as {flag}=true or {flag}=false; got '{inline}'.";
        return false;
    }

    private static string? Apply(FakeHubOptions options, string flag, string value)
    {
        switch (flag)
        {
            case "--seed":
                if (!int.TryParse(value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var seed))
                {
                    return $"--seed must be an integer (for example --seed 7), got '{value}'.";
                }
                options.Seed = seed;
                return null;
            case "--latency":
                var bounds = value.Split('-');
                if (bounds.Length is < 1 or > 2 || !bounds.All(b => int.TryParse(b, NumberStyles.None, CultureInfo.InvariantCulture, out _)))
                {
                    return $"--latency must be milliseconds (--latency 100) or a range (--latency 50-200), got '{value}'.";
                }
                options.Latency = TimeSpan.FromMilliseconds(int.Parse(bounds[0], CultureInfo.InvariantCulture));
                options.LatencyMax = bounds.Length == 2 ? TimeSpan.FromMilliseconds(int.Parse(bounds[1], CultureInfo.InvariantCulture)) : null;
                return null;
            case "--admin-key":
                if (value.Length == 0)
                {
                    return "--admin-key needs a non-empty key; leave the flag out for an open admin API.";
                }
                options.AdminKey = value;
                return null;
            case "--journal-size":
                if (!int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var size))
                {
                    return $"--journal-size must be a whole number of requests (for example --journal-size 5000), got '{value}'.";
                }
                options.JournalSize = size;
                return null;
            default:
                if (!long.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var limit))
                {
                    return $"--upload-limit must be a whole number of bytes (for example --upload-limit 1048576), got '{value}'.";
                }
                options.UploadLimitBytes = limit;
                return null;
        }
    }

    private static string Example(string flag) => flag switch
    {
        "--seed" => ": an integer, for example --seed 7",
        "--latency" => ", for example --latency 100 or --latency 50-200",
        "--admin-key" => ", for example --admin-key s3cret",
        "--journal-size" => ", for example --journal-size 5000",
        _ => ", for example --upload-limit 1048576",
    };
}
