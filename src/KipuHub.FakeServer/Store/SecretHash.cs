using System.Security.Cryptography;
using System.Text;

namespace KipuHub.FakeServer.Store;

/// <summary>How the fake keeps a write-only secret it must later compare (a grant, a git or gateway token): its SHA-256 in lower-case hex, never the secret.</summary>
internal static class SecretHash
{
    public static string Of(string secret) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(secret)));
}
