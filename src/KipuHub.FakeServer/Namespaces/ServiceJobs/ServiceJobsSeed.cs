using Bogus;
using KipuHub.FakeServer.Namespaces.Services;
using KipuHub.FakeServer.Store;
using KipuHub.Models;

namespace KipuHub.FakeServer.Namespaces.ServiceJobs;

/// <summary>Seeded jobs' input: the seeder picks the tenant, the service version and the schedule.</summary>
internal sealed class JobFaker : SeededFaker<JobRecord>
{
    private static readonly string[] s_inputs =
        ["{\"values\":[3,1,4,1,5,9,2,6]}", "{\"graph\":{\"nodes\":5,\"edges\":[[0,1],[1,2],[2,3],[3,4],[4,0]]}}",
         "{\"assets\":[\"AAPL\",\"MSFT\",\"NVDA\"],\"budget\":2}", "{\"molecule\":\"H2\",\"basis\":\"sto-3g\"}", "{\"n\":21}"];

    private static readonly string[] s_parameters = ["{\"shots\":1000}", "{\"shots\":4096,\"optimizer\":\"COBYLA\"}", "{\"depth\":3}", "{}"];

    public JobFaker(int seed, DateTimeOffset referenceDate)
        : base(seed, "ServiceJob", referenceDate)
    {
        RuleFor(j => j.Id, f => f.Random.Uuid().ToString());
        RuleFor(j => j.InputData, f => f.PickRandom(s_inputs));
        RuleFor(j => j.Parameters, f => f.Random.Bool(0.8f) ? f.PickRandom(s_parameters) : null);
        RuleFor(j => j.PersistResult, f => f.Random.Bool(0.2f));
        RuleFor(j => j.CreatedAt, f => Past(f, 1));
    }
}

/// <summary>
/// The seeded jobs: a fixed number per tenant, each running one of the tenant's own services whose seeded build
/// succeeded. A fixed share is still PENDING or RUNNING at the data set's "now" and finishes when the clock moves on
/// (pending ones start 30 to 120 seconds after it, running ones end 1 to 10 minutes after it); a few were cancelled;
/// the rest have finished, one in five of them FAILED as the stable draw on the job id decides.
/// </summary>
internal static class ServiceJobsSeed
{
    /// <summary>Jobs per seeded tenant; the demo organization has more than one page of the default size.</summary>
    private static readonly Dictionary<string, int> s_perTenant = new(StringComparer.Ordinal)
    {
        [TenancySeed.Demo] = 4,
        [TenancySeed.DemoOrg] = 30,
        [TenancySeed.Alice] = 2,
        [TenancySeed.Lab] = 6,
        [TenancySeed.Bob] = 1,
        [TenancySeed.Garage] = 3,
    };

    private enum Kind
    {
        Finished,
        Pending,
        Running,
        Cancelled,
    }

    public static void Run(SeedContext seed)
    {
        var faker = new JobFaker(seed.Seed, seed.ReferenceDate);
        var random = new Randomizer(StableSeed.For(seed.Seed, "ServiceJobMix"));
        var services = seed.Rows(ServicesModule.Services).ToList();
        foreach (var tenant in seed.Tenants)
        {
            var runnable = services.Where(s => s.TenantId == tenant.Id && s.Build.Status == BuildStatus.Success).ToList();
            foreach (var kind in random.Shuffle(Mix(s_perTenant[tenant.Key])))
            {
                var service = random.ListItem(runnable);
                seed.Add(ServiceJobsModule.Jobs, Schedule(faker.Generate(), kind, service, tenant, seed.ReferenceDate));
            }
        }
    }

    private static JobRecord Schedule(JobRecord job, Kind kind, ServiceRecord service, SeededTenant tenant, DateTimeOffset now)
    {
        var draw = JobRules.Draw(job.Id);
        var run = JobRules.RunLength(job.Id);
        job = job with { TenantId = tenant.Id, ServiceId = service.Id, VersionId = service.Version.Id, CreatedBy = tenant.OwnerUsername };
        switch (kind)
        {
            case Kind.Pending:
                var startsAt = now.AddSeconds(30 + draw % 91);
                return job with { CreatedAt = now.AddSeconds(-(int)(draw % 60) - 1), StartsAt = startsAt, EndsAt = startsAt + run };
            case Kind.Running:
                var endsAt = now.AddSeconds(60 + draw % 541);
                var created = now.AddMinutes(-10 - (int)(draw % 50));
                return job with { CreatedAt = created, StartsAt = created + JobRules.StartDelay, EndsAt = endsAt };
            default:
                // A job ran after its service was created, and before the data set's "now".
                var createdAt = job.CreatedAt < service.CreatedAt ? service.CreatedAt + (now - service.CreatedAt) / 2 : job.CreatedAt;
                createdAt = SeededFaker<JobRecord>.WholeSeconds(createdAt);
                var start = createdAt + JobRules.StartDelay;
                return job with
                {
                    CreatedAt = createdAt,
                    StartsAt = start,
                    EndsAt = start + run,
                    Fails = (draw >> 16) % 5 == 0,
                    CancelledAt = kind == Kind.Cancelled ? start + TimeSpan.FromSeconds((int)run.TotalSeconds / 2) : null,
                };
        }
    }

    /// <summary>A fixed share of each kind: an eighth pending, an eighth running, a tenth cancelled, the rest finished.</summary>
    private static List<Kind> Mix(int count)
    {
        var mix = new List<Kind>();
        mix.AddRange(Enumerable.Repeat(Kind.Pending, Math.Max(1, count / 8)));
        mix.AddRange(Enumerable.Repeat(Kind.Running, Math.Max(1, count / 8)));
        mix.AddRange(Enumerable.Repeat(Kind.Cancelled, count / 10));
        if (mix.Count > count)
        {
            mix.RemoveRange(count, mix.Count - count);
        }
        mix.AddRange(Enumerable.Repeat(Kind.Finished, count - mix.Count));
        return mix;
    }
}
