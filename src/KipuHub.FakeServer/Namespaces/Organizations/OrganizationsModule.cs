using KipuHub.Contract;
using KipuHub.FakeServer.Modules;
using KipuHub.FakeServer.Store;
using KipuHub.Models;

namespace KipuHub.FakeServer.Namespaces.Organizations;

/// <summary>
/// The organizations namespace: organizations (rows of the tenants table), their members, invitations and provider
/// tokens. The users namespace serves the invitee's and the user's own side of the same tables.
/// </summary>
internal sealed class OrganizationsModule : IHubModule
{
    public static TableDef<InvitationRecord> Invitations { get; } = new TableDef<InvitationRecord>("organization_invitations", i => i.Id)
        .OwnedByTenant(i => i.OrganizationId)
        .OrderedBy(i => i.CreatedAt)
        .NamedAs("Invitation", HubCatalog.OrganizationInvitationsList);

    /// <summary>Owned by the organization, or by the personal account for a user's own tokens.</summary>
    public static TableDef<ProviderTokenRecord> ProviderTokens { get; } = new TableDef<ProviderTokenRecord>("provider_tokens", t => t.Key)
        .OwnedByTenant(t => t.OwnerId)
        .OrderedBy(t => t.SetAt)
        .NamedAs("Provider token", HubCatalog.OrganizationProviderTokensList);

    public void Register(HubModuleBuilder module) => module
        .Table(Invitations)
        .Table(ProviderTokens)
        .Seed("organization_invitations", SeedInvitations)
        .Seed("provider_tokens", SeedProviderTokens)
        .Notifications(InvitationNotifications.Source)
        .Routes(OrganizationsApi.Routes);

    /// <summary>Invitations to the demo organization this many, so its list is longer than a page.</summary>
    public const int DemoOrganizationInvitations = 26;

    /// <summary>
    /// The demo organization's invitations: most pending to addresses of nobody yet, some declined, and accepted ones for
    /// its first further members (who joined through them). Bob is invited to the lab, and demo to Bob's garage, so each
    /// seeded user has one pending invitation to accept or decline.
    /// </summary>
    private static void SeedInvitations(SeedContext seed)
    {
        var faker = new Bogus.Faker { Random = new Bogus.Randomizer(StableSeed.For(seed.Seed, "Invitation")) };
        var demoOrg = seed.Tenant(TenancySeed.DemoOrg);
        var users = seed.Rows(Tenancy.Users).ToDictionary(u => u.Id);
        var organization = seed.Rows(Tenancy.Tenants).Single(t => t.Id == demoOrg.Id);
        var joined = organization.Members.Skip(2).Take(3).Select(m => (users[m.UserId].Email, m.Role)).ToList();
        for (var i = 0; i < DemoOrganizationInvitations; i++)
        {
            var accepted = i < joined.Count;
            var (first, last) = (faker.Name.FirstName(), faker.Name.LastName());
            seed.Add(Invitations, new InvitationRecord
            {
                Id = faker.Random.Uuid().ToString(),
                OrganizationId = demoOrg.Id,
                Email = accepted ? joined[i].Email : faker.Internet.Email(first, last, "example.org").ToLowerInvariant(),
                Role = accepted ? joined[i].Role : faker.PickRandom(PermissionRole.Viewer, PermissionRole.Viewer, PermissionRole.Maintainer),
                State = accepted ? InvitationState.Accepted : i % 8 == 7 ? InvitationState.Declined : InvitationState.Pending,
                CreatedAt = seed.ReferenceDate.AddDays(-faker.Random.Number(1, 120)).AddSeconds(-faker.Random.Number(0, 86_399)),
                InvitedBy = demoOrg.OwnerUsername,
            });
        }
        Invite(seed, faker, TenancySeed.Lab, TenancySeed.Bob, PermissionRole.Maintainer);
        Invite(seed, faker, TenancySeed.Garage, TenancySeed.Demo, PermissionRole.Viewer);
    }

    private static void Invite(SeedContext seed, Bogus.Faker faker, string organizationKey, string inviteeKey, PermissionRole role)
    {
        var organization = seed.Tenant(organizationKey);
        var invitee = seed.Rows(Tenancy.Users).Single(u => u.Id == seed.Tenant(inviteeKey).Id);
        seed.Add(Invitations, new InvitationRecord
        {
            Id = faker.Random.Uuid().ToString(),
            OrganizationId = organization.Id,
            Email = invitee.Email,
            Role = role,
            CreatedAt = seed.ReferenceDate.AddDays(-faker.Random.Number(1, 30)).AddSeconds(-faker.Random.Number(0, 86_399)),
            InvitedBy = organization.OwnerUsername,
        });
    }

    /// <summary>A few tokens per seeded account; their values are drawn and dropped, so nobody knows them.</summary>
    private static void SeedProviderTokens(SeedContext seed)
    {
        var random = new Bogus.Randomizer(StableSeed.For(seed.Seed, "ProviderToken"));
        (string Tenant, string Provider)[] tokens =
        [
            (TenancySeed.DemoOrg, "IBM"), (TenancySeed.DemoOrg, "IONQ"), (TenancySeed.DemoOrg, "QUANTINUUM"),
            (TenancySeed.Demo, "IBM"), (TenancySeed.Lab, "AWS"), (TenancySeed.Alice, "AZURE"), (TenancySeed.Garage, "GOOGLE"),
        ];
        foreach (var (key, provider) in tokens)
        {
            var tenant = seed.Tenant(key);
            seed.Add(ProviderTokens, new ProviderTokenRecord
            {
                OwnerId = tenant.Id,
                Provider = provider,
                TokenHash = SecretHash.Of(random.AlphaNumeric(48)),
                SetAt = seed.ReferenceDate.AddDays(-random.Number(1, 200)).AddSeconds(-random.Number(0, 86_399)),
                SetBy = tenant.OwnerUsername,
            });
        }
    }
}
