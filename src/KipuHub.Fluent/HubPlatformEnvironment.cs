namespace KipuHub;

/// <summary>A deployment of the Kipu Quantum Hub Platform API.</summary>
public sealed class HubPlatformEnvironment
{
    private HubPlatformEnvironment(string name, Uri baseUrl)
    {
        Name = name;
        BaseUrl = baseUrl;
    }

    /// <summary>The public hub at <c>https://api.hub.kipu-quantum.com/qc-catalog</c>.</summary>
    public static HubPlatformEnvironment Default { get; } = new("Default", new Uri("https://api.hub.kipu-quantum.com/qc-catalog"));

    /// <summary>The environment's name.</summary>
    public string Name { get; }

    /// <summary>The base URL every path is relative to.</summary>
    public Uri BaseUrl { get; }

    /// <inheritdoc />
    public override string ToString() => $"{Name} ({BaseUrl})";
}
