using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Text.Json;
using Warden.Server.Configuration;
using Warden.Server.Tests.Infrastructure;

namespace Warden.Server.Tests.Audit;

/// <summary>The OTLP and UDP syslog exporters of a running server, each against a local receiver on 127.0.0.1.</summary>
public sealed class ExporterReceiverTests
{
    [Fact]
    public async Task Otlp_PostsResourceLogs_WithTheEventFields()
    {
        var port = LoopbackPort.Free();
        using var http = new HttpListener();
        http.Prefixes.Add($"http://127.0.0.1:{port}/");
        http.Start();
        await using var server = await WardenTestServer.StartAsync(c => c with { Audit = c.Audit with { Otlp = new OtlpConfig { Endpoint = new Uri($"http://127.0.0.1:{port}") } } });
        var agent = await server.CreateAgentAsync();

        var context = await http.GetContextAsync().WaitAsync(TimeSpan.FromSeconds(20));
        using var reader = new StreamReader(context.Request.InputStream);
        var body = await reader.ReadToEndAsync();
        var (path, method, contentType) = (context.Request.Url!.AbsolutePath, context.Request.HttpMethod, context.Request.ContentType);
        context.Response.StatusCode = 200;
        context.Response.Close();

        Assert.Equal(("/v1/logs", "POST"), (path, method));
        Assert.StartsWith("application/json", contentType, StringComparison.Ordinal);
        var resourceLogs = JsonDocument.Parse(body).RootElement.GetProperty("resourceLogs");
        var resource = resourceLogs[0].GetProperty("resource").GetProperty("attributes")[0];
        Assert.Equal("service.name", resource.GetProperty("key").GetString());
        Assert.Equal("warden", resource.GetProperty("value").GetProperty("stringValue").GetString());
        var scopeLogs = resourceLogs[0].GetProperty("scopeLogs")[0];
        Assert.Equal("warden.audit", scopeLogs.GetProperty("scope").GetProperty("name").GetString());
        var record = scopeLogs.GetProperty("logRecords")[0];
        Assert.Equal("INFO", record.GetProperty("severityText").GetString());
        Assert.Equal(9, record.GetProperty("severityNumber").GetInt32());
        Assert.True(long.Parse(record.GetProperty("timeUnixNano").GetString()!, System.Globalization.CultureInfo.InvariantCulture) > 0);
        var attributes = record.GetProperty("attributes").EnumerateArray()
            .ToDictionary(a => a.GetProperty("key").GetString()!, a => a.GetProperty("value").GetProperty("stringValue").GetString());
        Assert.Equal("agent.created", attributes["event.name"]);
        Assert.Equal("1001", attributes["warden.event_id"]);
        Assert.Equal("success", attributes["warden.outcome"]);
        Assert.Equal("1", attributes["warden.seq"]);
        Assert.Matches("^[0-9a-f]{64}$", attributes["warden.hash"]);
        Assert.Equal("127.0.0.1", attributes["client.address"]);
        Assert.True(attributes.ContainsKey("warden.request_id"));
        var evt = JsonDocument.Parse(record.GetProperty("body").GetProperty("stringValue").GetString()!).RootElement;
        Assert.Equal("agent.created", evt.GetProperty("type").GetString());
        Assert.Equal(agent.Id, evt.GetProperty("resource").GetString());
        Assert.Equal("***", evt.GetProperty("details").GetProperty("clientSecret").GetString());
    }

    [Fact]
    public async Task UdpSyslog_SendsOneRfc5424DatagramPerEvent()
    {
        using var udp = new UdpClient(new IPEndPoint(IPAddress.Loopback, 0));
        var port = ((IPEndPoint)udp.Client.LocalEndPoint!).Port;
        await using var server = await WardenTestServer.StartAsync(c => c with { Audit = c.Audit with { Syslog = new SyslogConfig { Host = "127.0.0.1", Port = port, Protocol = "udp" } } });
        var agent = await server.CreateAgentAsync();
        var (status, _) = await server.PostFormAsync("oauth2/token", [new("grant_type", "client_credentials")], WardenTestServer.Basic(agent with { Secret = "wrong" }));
        Assert.Equal(HttpStatusCode.Unauthorized, status);

        var messages = new List<string>();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(20));
        while (messages.Count < 2)
        {
            var datagram = await udp.ReceiveAsync(timeout.Token);
            messages.Add(Encoding.UTF8.GetString(datagram.Buffer));
        }

        // <PRI>1 TIMESTAMP HOST APP-NAME PROCID MSGID [SD] MSG; facility 13: 110 = info, 108 = warning.
        Assert.Matches(@"^<110>1 \d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{6}Z \S+ warden - agent\.created \[warden@32473 seq=""1"" eventId=""1001"" outcome=""success""", messages[0]);
        Assert.Matches(@"^<108>1 \S+ \S+ warden - token\.denied \[warden@32473 seq=""\d+"" eventId=""2002"" outcome=""deny""", messages[1]);
        Assert.Contains(" requestId=\"", messages[1], StringComparison.Ordinal);
        var ocsf = JsonDocument.Parse(messages[1][(messages[1].IndexOf("] {", StringComparison.Ordinal) + 2)..]).RootElement;
        Assert.Equal(3002, ocsf.GetProperty("class_uid").GetInt32());
        Assert.Equal(2, ocsf.GetProperty("status_id").GetInt32());
    }

}
