namespace KipuHub.FakeServer.Store;

/// <summary>Users; the seeder fixes username and token, the faker the rest.</summary>
internal sealed class UserFaker : SeededFaker<UserRecord>
{
    public UserFaker(int seed, DateTimeOffset referenceDate)
        : base(seed, "User", referenceDate)
    {
        RuleFor(u => u.Id, f => f.Random.Uuid().ToString());
        RuleFor(u => u.FirstName, f => f.Name.FirstName());
        RuleFor(u => u.LastName, f => f.Name.LastName());
        RuleFor(u => u.Email, (f, u) => f.Internet.Email(u.FirstName, u.LastName, "example.com"));
    }
}

/// <summary>Organizations; the seeder fixes their names and members.</summary>
internal sealed class OrganizationFaker : SeededFaker<TenantRecord>
{
    public OrganizationFaker(int seed, DateTimeOffset referenceDate)
        : base(seed, "Organization", referenceDate)
    {
        RuleFor(o => o.Id, f => f.Random.Uuid().ToString());
        RuleFor(o => o.IsOrganization, _ => true);
        RuleFor(o => o.AccountTypeName, _ => "ORGANIZATION");
        RuleFor(o => o.AccountFeature, f => f.PickRandom("TEAM", "ENTERPRISE"));
    }
}

/// <summary>The demo organization's further members, from a stream of their own; they have no token.</summary>
internal sealed class MemberFaker : SeededFaker<UserRecord>
{
    public MemberFaker(int seed, DateTimeOffset referenceDate)
        : base(seed, "DemoMember", referenceDate)
    {
        RuleFor(u => u.Id, f => f.Random.Uuid().ToString());
        RuleFor(u => u.FirstName, f => f.Name.FirstName());
        RuleFor(u => u.LastName, f => f.Name.LastName());
        RuleFor(u => u.Username, (f, u) => f.Internet.UserName(u.FirstName, u.LastName).ToLowerInvariant());
        RuleFor(u => u.Email, (f, u) => f.Internet.Email(u.FirstName, u.LastName, "example.com").ToLowerInvariant());
    }
}
