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

    /// <summary>
    /// Members of the demo organization besides demo and alice, so its member list is longer than a page. They have no
    /// token: nobody signs in as them, they are there to be listed, invited back, promoted and removed.
    /// </summary>
    public const int DemoOrganizationExtraMembers = 24;

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
        // Drawn after everything above, from streams of their own, so no earlier user or organization moves.
        var members = new MemberFaker(seed.Seed, seed.ReferenceDate).Generate(DemoOrganizationExtraMembers);
        foreach (var member in members)
        {
            seed.Add(Tenancy.Users, member);
            seed.Add(Tenancy.Tenants, Tenancy.PersonalAccount(member));
        }
        demoOrg = demoOrg with { Members = [.. demoOrg.Members, .. members.Select((m, i) => new TenantMember(m.Id, i % 6 == 0 ? PermissionRole.Maintainer : PermissionRole.Viewer))] };
        var founded = new Bogus.Randomizer(StableSeed.For(seed.Seed, "OrganizationProfile"));
        (demoOrg, lab, garage) = (Founded(demoOrg, founded, seed.ReferenceDate), Founded(lab, founded, seed.ReferenceDate), Founded(garage, founded, seed.ReferenceDate));
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

    /// <summary>When an organization was founded and where it is billed, from the profile stream.</summary>
    private static TenantRecord Founded(TenantRecord organization, Bogus.Randomizer random, DateTimeOffset referenceDate) => organization with
    {
        CreatedAt = referenceDate.AddDays(-random.Number(400, 900)).AddSeconds(-random.Number(0, 86_399)),
        BillingAddress = $"{random.Number(1, 200)} {random.ArrayElement(s_streets)}, {random.ArrayElement(s_cities)}",
    };

    private static readonly string[] s_streets = ["Quantum Way", "Qubit Lane", "Hilbert Street", "Bloch Avenue", "Dirac Road"];
    private static readonly string[] s_cities = ["10115 Berlin", "80331 Munich", "1010 Vienna", "8001 Zurich", "75001 Paris"];

    private static UserRecord User(UserFaker faker, string username, string token) =>
        faker.Generate() with { Username = username, Token = token };

    private static TenantRecord Organization(OrganizationFaker faker, string name, params (UserRecord User, PermissionRole Role)[] members) =>
        faker.Generate() with { DisplayName = name, Members = [.. members.Select(m => new TenantMember(m.User.Id, m.Role))] };
}
