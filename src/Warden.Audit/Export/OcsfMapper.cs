using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Warden.Core.Audit;

namespace Warden.Audit.Export;

/// <summary>
/// Maps audit events to OCSF 1.3 classes (docs/audit.md has the field-by-field table): tokens to Authentication
/// (3002), agent lifecycle to Account Change (3001), gateway calls to API Activity (6003), policy decisions to Web
/// Resource Access Activity (6004), guard findings to Detection Finding (2004), admin and configuration changes to
/// Entity Management (3004). Warden-specific facts without an OCSF home go under <c>unmapped</c>.
/// </summary>
public static class OcsfMapper
{
    public const string SchemaVersion = "1.3.0";

    public static JsonObject Map(ExportItem item)
    {
        var e = item.Event;
        var (classUid, className, categoryUid, categoryName) = Class(e);
        var (activityId, activityName) = Activity(classUid, e);
        var failed = IsFailure(e.Outcome);
        var o = new JsonObject
        {
            ["class_uid"] = classUid,
            ["class_name"] = className,
            ["category_uid"] = categoryUid,
            ["category_name"] = categoryName,
            ["activity_id"] = activityId,
            ["activity_name"] = activityName,
            ["type_uid"] = (classUid * 100) + activityId,
            ["type_name"] = $"{className}: {activityName}",
            ["time"] = e.Time.ToUnixTimeMilliseconds(),
            ["severity_id"] = Severity(e, failed),
            ["status_id"] = failed ? 2 : 1,
            ["status"] = failed ? "Failure" : "Success",
            ["message"] = e.Reason ?? e.Type,
            ["metadata"] = new JsonObject
            {
                ["version"] = SchemaVersion,
                ["product"] = new JsonObject { ["name"] = "Warden", ["vendor_name"] = "Warden" },
                ["uid"] = item.Sequence.ToString(CultureInfo.InvariantCulture),
                ["event_code"] = e.EventId.ToString(CultureInfo.InvariantCulture),
                ["log_name"] = "warden.audit",
                ["correlation_uid"] = e.TraceId,
            },
        };
        Set(o, "status_code", e.ErrorId);
        Set(o, "status_detail", e.Reason);
        o["actor"] = Actor(e.Actor);
        if (e.ClientAddress is not null)
        {
            o["src_endpoint"] = new JsonObject { ["ip"] = e.ClientAddress };
        }

        switch (classUid)
        {
            case 3002:
                o["user"] = new JsonObject { ["uid"] = e.Actor.Agent, ["type"] = "Other", ["type_id"] = 99 };
                o["auth_protocol"] = "OAUTH 2.0";
                o["auth_protocol_id"] = 6;
                Set(o, "service", e.Resource is null ? null : new JsonObject { ["name"] = e.Resource });
                break;
            case 3001:
                o["user"] = new JsonObject { ["uid"] = e.Resource ?? e.Actor.Agent, ["type"] = "Other", ["type_id"] = 99 };
                break;
            case 6003:
                o["api"] = new JsonObject { ["operation"] = e.Action ?? e.Type, ["request"] = new JsonObject { ["uid"] = e.RequestId } };
                Set(o, "resources", e.Resource is null ? null : new JsonArray(new JsonObject { ["name"] = e.Resource }));
                break;
            case 6004:
                Set(o, "web_resources", e.Resource is null ? null : new JsonArray(new JsonObject { ["name"] = e.Resource }));
                o["policy"] = new JsonObject { ["name"] = "warden", ["version"] = e.PolicyVersion, ["desc"] = e.Reason };
                break;
            case 2004:
                o["finding_info"] = new JsonObject { ["uid"] = $"{item.Sequence}", ["title"] = e.Reason ?? e.Type, ["types"] = new JsonArray([.. e.RuleIds.Select(r => JsonValue.Create(r))]) };
                o["action_id"] = e.Outcome is "block" or "deny" ? 2 : 1;
                o["action"] = e.Outcome is "block" or "deny" ? "Denied" : "Allowed";
                break;
            default:
                o["entity"] = new JsonObject { ["name"] = e.Resource, ["type"] = e.Action ?? e.Type };
                break;
        }

        if (e.RequestId is not null && classUid != 6003)
        {
            o["api"] = new JsonObject { ["operation"] = e.Action ?? e.Type, ["request"] = new JsonObject { ["uid"] = e.RequestId } };
        }

        o["unmapped"] = new JsonObject
        {
            ["warden_type"] = e.Type,
            ["warden_outcome"] = e.Outcome,
            ["warden_hash"] = item.Hash,
            ["actor_chain"] = new JsonArray([.. e.Actor.Chain.Select(c => JsonValue.Create(c))]),
            ["rule_ids"] = new JsonArray([.. e.RuleIds.Select(r => JsonValue.Create(r))]),
            ["details"] = JsonSerializer.SerializeToNode(e.Details),
        };
        return o;
    }

    private static (int Uid, string Name, int Category, string CategoryName) Class(AuditEvent e) => (e.EventId / 1000) switch
    {
        1 => (3001, "Account Change", 3, "Identity & Access Management"),
        2 when e.EventId == AuditEventIds.SigningKeyRotated => (3004, "Entity Management", 3, "Identity & Access Management"),
        2 => (3002, "Authentication", 3, "Identity & Access Management"),
        3 when e.EventId == AuditEventIds.PolicyDecision => (6004, "Web Resource Access Activity", 6, "Application Activity"),
        3 => (3004, "Entity Management", 3, "Identity & Access Management"),
        4 or 6 => (6003, "API Activity", 6, "Application Activity"),
        5 => (2004, "Detection Finding", 2, "Findings"),
        _ => (3004, "Entity Management", 3, "Identity & Access Management"),
    };

    private static (int Id, string Name) Activity(int classUid, AuditEvent e) => classUid switch
    {
        3002 => e.EventId switch
        {
            AuditEventIds.TokenRevoked => (2, "Logoff"),
            AuditEventIds.TokenExchanged => (4, "Service Ticket Request"),
            _ => (1, "Logon"),
        },
        3001 => e.EventId switch
        {
            AuditEventIds.AgentCreated => (1, "Create"),
            AuditEventIds.AgentResumed => (2, "Enable"),
            AuditEventIds.AgentSecretRotated => (3, "Password Change"),
            AuditEventIds.AgentSuspended => (5, "Disable"),
            AuditEventIds.AgentDeactivated => (6, "Delete"),
            _ => (99, "Other"),
        },
        6004 => e.Outcome is "allow" ? (1, "Access Grant") : e.Outcome is "deny" or "block" ? (2, "Access Deny") : (99, "Other"),
        2004 => (1, "Create"),
        6003 => (99, "Other"),
        _ => e.EventId switch
        {
            AuditEventIds.SigningKeyRotated or AuditEventIds.PolicyUpdated or AuditEventIds.AdminChange or AuditEventIds.ConfigLoaded => (3, "Update"),
            _ => (99, "Other"),
        },
    };

    private static int Severity(AuditEvent e, bool failed) =>
        e.EventId == AuditEventIds.GuardBlocked ? 4 : failed ? 3 : e.EventId / 1000 == 5 ? 2 : 1;

    private static bool IsFailure(string outcome) => outcome is "failure" or "deny" or "block" or "error" or "denied";

    private static JsonObject Actor(AuditActor a)
    {
        var actor = new JsonObject();
        if (a.Admin is not null)
        {
            actor["user"] = new JsonObject { ["name"] = a.Admin, ["type"] = "Admin", ["type_id"] = 2 };
        }
        else if (a.Human is not null)
        {
            actor["user"] = new JsonObject { ["uid"] = a.Human, ["type"] = "User", ["type_id"] = 1, ["domain"] = a.HumanIssuer };
        }

        if (a.Agent is not null)
        {
            actor["app_name"] = a.Agent;
        }

        return actor;
    }

    private static void Set(JsonObject o, string name, JsonNode? value)
    {
        if (value is not null)
        {
            o[name] = value;
        }
    }
}
