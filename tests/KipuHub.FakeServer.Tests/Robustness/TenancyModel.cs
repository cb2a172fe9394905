namespace KipuHub.FakeServer.Tests.Robustness;

/// <summary>What a principal tries: one of the four operations on a tenant collection, in one acting account.</summary>
internal enum TenancyAction { Create, Get, Delete, List }

/// <summary>
/// One step of a generated sequence. <see cref="Principal"/> and <see cref="Account"/> index the run's cast
/// (<see cref="TenancyModel"/>); <see cref="Target"/> picks an id the run has seen in the collection (modulo their
/// count): even targets prefer the rows the acting account holds, odd ones any id seen; a negative target is an id
/// nobody has.
/// </summary>
internal sealed record TenancyStep(TenancyAction Action, int Principal, int Account, int Collection, int Target)
{
    public override string ToString() =>
        $"{Action} {TenantCollection.All[Collection]} by {TenancyModel.PrincipalNames[Principal]} in {TenancyModel.AccountNames[Account]}" +
        (Action is TenancyAction.Get or TenancyAction.Delete ? (Target < 0 ? " (unknown id)" : $" (seen id #{Target})") : "");
}

/// <summary>
/// The specification the fake must agree with, written apart from it (docs/contract.md#tenants and #roles): every
/// account (a personal one per user, and two organizations) holds its own rows; a member acts in an organization with
/// their role, a non-member (or anyone naming an unknown organization) is refused with 403 whatever the id; VIEWER reads, MAINTAINER writes, OWNER deletes (unless
/// the catalog entry names another least role), and the role is checked before the id; an id of another account is 404 as if it did not exist.
/// </summary>
internal sealed class TenancyModel
{
    /// <summary>The cast: organization A has an owner, a maintainer and a viewer; organization B an owner and a viewer.</summary>
    public static readonly string[] PrincipalNames = ["A owner", "A maintainer", "A viewer", "B owner", "B viewer"];

    /// <summary>
    /// Where a step acts, seen from its principal: the personal account (no X-OrganizationId), the organization they
    /// belong to, the other one, the personal account named by the user's own id, and an organization id nobody has.
    /// </summary>
    public static readonly string[] AccountNames = ["personal", "own organization", "other organization", "own id", "unknown organization"];

    private static readonly PermissionRole[] s_roles =
        [PermissionRole.Owner, PermissionRole.Maintainer, PermissionRole.Viewer, PermissionRole.Owner, PermissionRole.Viewer];

    /// <summary>The organization a principal belongs to: 0 for A, 1 for B.</summary>
    public static int OrganizationOf(int principal) => principal < 3 ? 0 : 1;

    private readonly Dictionary<(string Account, int Collection), List<string>> _rows = [];

    /// <summary>The role a principal acts with in an account, or null when they are not a member of it.</summary>
    public static PermissionRole? RoleOf(int principal, int account) =>
        account switch { 0 or 3 => PermissionRole.Owner, 1 => s_roles[principal], _ => null };

    /// <summary>The status the step must get, given the rows the model holds.</summary>
    public int Expect(TenancyStep step, string account, string? id)
    {
        if (RoleOf(step.Principal, step.Account) is not { } role)
        {
            return 403;
        }
        // The catalog entry's least role: the method's rule, or the exception an endpoint declares (a git integration's delete).
        var needed = TenantCollection.All[step.Collection].Endpoint(step.Action).MinimumRole;
        if (Rank(role) < Rank(needed))
        {
            return 403;
        }
        return step.Action switch
        {
            TenancyAction.Create or TenancyAction.List => 200,
            TenancyAction.Get => Rows(account, step.Collection).Contains(id!) ? 200 : 404,
            _ => Rows(account, step.Collection).Contains(id!) ? 204 : 404,
        };
    }

    /// <summary>The ids the account holds in the collection, in creation order.</summary>
    public List<string> Rows(string account, int collection) =>
        _rows.TryGetValue((account, collection), out var rows) ? rows : _rows[(account, collection)] = [];

    private static int Rank(PermissionRole role) =>
        role == PermissionRole.Owner ? 3 : role == PermissionRole.Maintainer ? 2 : 1;
}
