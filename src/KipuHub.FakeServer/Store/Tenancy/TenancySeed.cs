using KipuHub.Models;

namespace KipuHub.FakeServer.Store;

/// <summary>
/// Seeds the users and tenants every other seeder builds on. The structure (who exists and who is a member where) is
/// fixed; ids and names come from the seed. Other seeders find the tenants by their seed role (<see cref="SeededTenant.Key"/>).
/// </summary>
internal static class TenancySeed
{
    public const string Name = "tenancy";

    public const string DemoToken = "demo-token";
    public const string AliceToken = "alice-token";
    public const string BobToken = "bob-token";
    public const string DemoOrganizationName = "Kipu Demo Org";
    public const string ViewerOrganizationName = "Qubit Research Lab";
    public const string BobOrganizationName = "Bob's Quantum Garage";

    /// <summary>The seed roles of the tenants, in seed order.</summary>
    public const string Demo = "demo", DemoOrg = "demo-org", Alice = "alice", Lab = "lab", Bob = "bob", Garage = "garage";

    public static Seeder Seeder { get; } = new(Name, [], Run);

    private static void Run(SeedContext seed)
    {
        var userFaker = new UserFaker(seed.Seed, seed.ReferenceDate);
        var demo = User(userFaker, "demo", DemoToken);
        var alice = User(userFaker, "alice", AliceToken);
        var bob = User(userFaker, "bob", BobToken);
        foreach (var user in new[] { demo, alice, bob })
        {
            seed.Add(Tenancy.Users, user);
        }

        var organizationFaker = new OrganizationFaker(seed.Seed, seed.ReferenceDate);
        // The demo organization is on the top plan, so eligibility and /authorize show every plan among the seeded accounts.
        var demoOrg = Organization(organizationFaker, DemoOrganizationName, (demo, PermissionRole.Owner), (alice, PermissionRole.Maintainer)) with { Plan = "BUSINESS" };
        var lab = Organization(organizationFaker, ViewerOrganizationName, (alice, PermissionRole.Owner), (demo, PermissionRole.Viewer));
        var garage = Organization(organizationFaker, BobOrganizationName, (bob, PermissionRole.Owner));
        (string Key, TenantRecord Tenant, UserRecord Owner)[] tenants =
        [
            (Demo, Tenancy.PersonalAccount(demo), demo),
            (DemoOrg, demoOrg, demo),
            (Alice, Tenancy.PersonalAccount(alice), alice),
            (Lab, lab, alice),
            (Bob, Tenancy.PersonalAccount(bob), bob),
            (Garage, garage, bob),
        ];
        foreach (var (_, tenant, _) in tenants)
        {
            seed.Add(Tenancy.Tenants, tenant);
        }
        seed.Tenants = [.. tenants.Select(t => new SeededTenant(t.Key, t.Tenant.Id, t.Owner.Username, t.Tenant.IsOrganization))];
    }

    private static UserRecord User(UserFaker faker, string username, string token) =>
        faker.Generate() with { Username = username, Token = token };

    private static TenantRecord Organization(OrganizationFaker faker, string name, params (UserRecord User, PermissionRole Role)[] members) =>
        faker.Generate() with { DisplayName = name, Members = [.. members.Select(m => new TenantMember(m.User.Id, m.Role))] };
}
