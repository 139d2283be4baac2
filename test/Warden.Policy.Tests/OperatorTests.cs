namespace Warden.Policy.Tests;

public sealed class OperatorTests
{
    private static bool Allows(string when, PolicyRequest request) =>
        Helpers.Load($"rules:\n  - id: r\n    effect: allow\n    when: {when}\n").Evaluate(request).IsAllowed;

    private static bool ArgAllows(string condition, string args) =>
        Allows($"{{ args: [ {condition} ] }}", Helpers.Request(action: "mcp.tools.call", kind: ResourceKind.Tool, model: "t", args: args));

    [Theory]
    [InlineData("{ path: $.a, equals: 5 }", "{\"a\": 5}", true)]
    [InlineData("{ path: $.a, equals: 5 }", "{\"a\": \"5\"}", false)]
    [InlineData("{ path: $.a, equals: \"5\" }", "{\"a\": \"5\"}", true)]
    [InlineData("{ path: $.a, equals: true }", "{\"a\": true}", true)]
    [InlineData("{ path: $.a, equals: null }", "{\"a\": null}", true)]
    [InlineData("{ path: $.a.b, equals: x }", "{\"a\": {\"b\": \"x\"}}", true)]
    [InlineData("{ path: \"$['a b']\", equals: x }", "{\"a b\": \"x\"}", true)]
    [InlineData("{ path: \"$.a[1]\", equals: 2 }", "{\"a\": [1, 2]}", true)]
    [InlineData("{ path: \"$.a[*].n\", equals: 2 }", "{\"a\": [{\"n\": 1}, {\"n\": 2}]}", true)]
    [InlineData("{ path: \"$.a[*].n\", equals: 3 }", "{\"a\": [{\"n\": 1}, {\"n\": 2}]}", false)]
    [InlineData("{ path: $.a, in: [x, y] }", "{\"a\": \"y\"}", true)]
    [InlineData("{ path: $.a, in: [x, y] }", "{\"a\": \"z\"}", false)]
    [InlineData("{ path: $.a, prefix: /tmp/ }", "{\"a\": \"/tmp/f\"}", true)]
    [InlineData("{ path: $.a, prefix: /tmp/ }", "{\"a\": \"/etc/f\"}", false)]
    [InlineData("{ path: $.a, prefix: /tmp/ }", "{\"a\": 3}", false)]
    [InlineData("{ path: $.a, regex: \"^[a-z]+$\" }", "{\"a\": \"abc\"}", true)]
    [InlineData("{ path: $.a, regex: \"^[a-z]+$\" }", "{\"a\": \"ab1\"}", false)]
    [InlineData("{ path: $.a, gt: 1, lte: 10 }", "{\"a\": 10}", true)]
    [InlineData("{ path: $.a, gt: 1, lte: 10 }", "{\"a\": 1}", false)]
    [InlineData("{ path: $.a, lt: 0.5 }", "{\"a\": 0.25}", true)]
    [InlineData("{ path: $.a, gte: 3 }", "{\"a\": \"3\"}", false)]
    [InlineData("{ path: $.a, exists: true }", "{\"a\": null}", true)]
    [InlineData("{ path: $.a, exists: true }", "{}", false)]
    [InlineData("{ path: $.a, exists: false }", "{}", true)]
    [InlineData("{ not: { path: $.a, equals: 1 } }", "{\"a\": 2}", true)]
    [InlineData("{ not: { path: $.a, equals: 1 } }", "{\"a\": 1}", false)]
    [InlineData("{ any: [ { path: $.a, equals: 1 }, { path: $.b, exists: true } ] }", "{\"b\": 0}", true)]
    [InlineData("{ any: [ { path: $.a, equals: 1 }, { path: $.b, exists: true } ] }", "{\"a\": 0}", false)]
    [InlineData("{ all: [ { path: $.a, equals: 1 }, { path: $.b, exists: true } ] }", "{\"a\": 1, \"b\": 0}", true)]
    [InlineData("{ all: [ { path: $.a, equals: 1 }, { path: $.b, exists: true } ] }", "{\"a\": 1}", false)]
    public void ArgumentOperators(string condition, string args, bool allowed) =>
        Assert.Equal(allowed, ArgAllows(condition, args));

    [Fact]
    public void ArgumentConditions_FailWhenThereAreNoArguments() =>
        Assert.False(Allows("{ args: [ { path: $.a, exists: true } ] }", Helpers.Request()));

    [Theory]
    [InlineData("llm.chat", "llm.chat", true)]
    [InlineData("\"llm.*\"", "llm.embed", true)]
    [InlineData("\"llm.*\"", "mcp.tools.call", false)]
    [InlineData("[mcp.tools.list, \"llm.*\"]", "mcp.tools.list", true)]
    [InlineData("\"*\"", "anything.at.all", true)]
    public void ActionPatterns(string pattern, string action, bool allowed) =>
        Assert.Equal(allowed, Allows($"{{ action: {pattern} }}", Helpers.Request(action: action)));

    [Fact]
    public void ResourceConditions()
    {
        const string When = "{ resource: { kind: [model], name: \"gpt-*\", provider: openai, data_labels: { none: [secret] } } }";
        Assert.True(Allows(When, Helpers.Request(model: "gpt-4o", provider: "openai")));
        Assert.False(Allows(When, Helpers.Request(model: "claude", provider: "openai")));
        Assert.False(Allows(When, Helpers.Request(model: "gpt-4o", provider: "azure")));
        Assert.False(Allows(When, Helpers.Request(model: "gpt-4o", provider: "openai", dataLabels: ["secret"])));
        Assert.False(Allows(When, Helpers.Request(model: "gpt-4o", provider: "openai", kind: ResourceKind.Tool)));
        Assert.True(Allows("{ resource: { mcp_server: files } }", Helpers.Request(kind: ResourceKind.Tool, mcpServer: "files")));
        Assert.True(Allows("{ resource: { data_labels: { all: [a, b] } } }", Helpers.Request(dataLabels: ["b", "a", "c"])));
        Assert.False(Allows("{ resource: { data_labels: { all: [a, b] } } }", Helpers.Request(dataLabels: ["a"])));
    }

    [Fact]
    public void PrincipalConditions()
    {
        var research = new Dictionary<string, string>(StringComparer.Ordinal) { ["team"] = "research", ["env"] = "prod" };
        Assert.True(Allows("{ principal: { agent: \"agent-*\", labels: { team: research } } }", Helpers.Request(labels: research)));
        Assert.False(Allows("{ principal: { labels: { team: support } } }", Helpers.Request(labels: research)));
        Assert.True(Allows("{ principal: { owner: alice } }", Helpers.Request(owner: "alice")));
        Assert.False(Allows("{ principal: { owner: alice } }", Helpers.Request()));
        Assert.True(Allows("{ principal: { initiator: none } }", Helpers.Request()));
        Assert.False(Allows("{ principal: { initiator: any } }", Helpers.Request()));
        var bob = new HumanInitiator { Subject = "bob", Groups = ["eng"] };
        Assert.True(Allows("{ principal: { initiator: { subject: bob, groups: [eng, ops] } } }", Helpers.Request(initiator: bob)));
        Assert.False(Allows("{ principal: { initiator: { groups: [ops] } } }", Helpers.Request(initiator: bob)));
        Assert.True(Allows("{ principal: { chain: { max_depth: 1, includes: [orch] } } }", Helpers.Request(chain: ["orch"])));
        Assert.False(Allows("{ principal: { chain: { max_depth: 1 } } }", Helpers.Request(chain: ["a", "b"])));
        Assert.False(Allows("{ principal: { chain: { excludes: [evil] } } }", Helpers.Request(chain: ["evil"])));
        Assert.True(Allows("{ principal: { scopes: [a, b] } }", Helpers.Request(scopes: ["b", "a", "c"])));
        Assert.False(Allows("{ principal: { scopes: [a, b] } }", Helpers.Request(scopes: ["a"])));
    }

    [Fact]
    public void RequestConditions()
    {
        Assert.True(Allows("{ request: { size: { lte: 100 } } }", Helpers.Request(size: 100)));
        Assert.False(Allows("{ request: { size: { lte: 100 } } }", Helpers.Request(size: 101)));
        Assert.True(Allows("{ request: { client: [\"10.0.0.0/8\", \"2001:db8::/32\"] } }", Helpers.Request(client: "10.9.8.7")));
        Assert.True(Allows("{ request: { client: [\"10.0.0.0/8\"] } }", Helpers.Request(client: "::ffff:10.9.8.7")));
        Assert.True(Allows("{ request: { client: [\"2001:db8::/32\"] } }", Helpers.Request(client: "2001:db8::1")));
        Assert.False(Allows("{ request: { client: [\"10.0.0.0/8\"] } }", Helpers.Request(client: "11.0.0.1")));
        Assert.False(Allows("{ request: { client: [\"10.0.0.0/8\"] } }", Helpers.Request()));
        const string Hours = "{ request: { time: { days: [mon], from: \"09:00\", to: \"17:00\" } } }";
        Assert.True(Allows(Hours, Helpers.Request(time: Helpers.Monday)));
        Assert.False(Allows(Hours, Helpers.Request(time: Helpers.Monday.AddHours(6))));
        Assert.False(Allows(Hours, Helpers.Request(time: Helpers.Monday.AddDays(1))));
        const string Night = "{ request: { time: { from: \"22:00\", to: \"06:00\" } } }";
        Assert.True(Allows(Night, Helpers.Request(time: Helpers.Monday.AddHours(11))));
        Assert.False(Allows(Night, Helpers.Request(time: Helpers.Monday)));
        const string Window = "{ request: { time: { after: \"2025-01-01T00:00:00Z\", before: \"2025-02-01T00:00:00Z\" } } }";
        Assert.True(Allows(Window, Helpers.Request(time: Helpers.Monday)));
        Assert.False(Allows(Window, Helpers.Request(time: Helpers.Monday.AddMonths(1))));
    }
}
