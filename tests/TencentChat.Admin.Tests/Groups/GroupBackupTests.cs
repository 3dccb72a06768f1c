using TencentChat.Admin.Client.Connection;
using TencentChat.Admin.Client.Diagnostics;
using TencentChat.Admin.Client.Groups;
using TencentChat.Admin.Client.Groups.Backup;
using TencentChat.Admin.Client.Groups.Messages;
using TencentChat.Admin.Client.Groups.Wire;
using TencentChat.Admin.Client.MessageBodies;
using TencentChat.Admin.Client.Models;
using TencentChat.Admin.Tests.Support;
using TencentChat.Emulator.Faults;
using TencentChat.Emulator.Groups;

namespace TencentChat.Admin.Tests.Groups;

/// <summary>Export and import of groups (GroupExport, GroupRestore) over loopback HTTP against the emulator (demo seed: user_0001..user_0012).</summary>
public sealed class GroupBackupTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("groupbackup-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    /// <summary>A group with an owner, an admin, members with name cards, a flag and a mute, custom data, mute-all and <paramref name="messages"/> messages from three senders.</summary>
    private static async Task<string> SeedAsync(EmulatorFixture emulator, ChatSession session, string? groupId, int members, int messages)
    {
        var log = TestSessions.Log(session);
        var state = emulator.Host.State;
        long now = state.Now;
        // Made through import_group, so that it is older than its members' join times, as a real group is.
        var created = await session.Transport.SendAsync<ImportGroupRequest, ImportGroupResponse>(GroupCommands.ImportGroup,
            new ImportGroupRequest { Type = "Public", Name = "Ops room", OwnerAccount = "user_0001", GroupId = groupId, CreateTime = now - 10000 }, log, default);
        string id = created.GroupId!;
        state.AddGroupMember(id, "user_0002", GroupRole.Admin, now - 3000);
        for (int i = 0; i < members; i++) state.AddGroupMember(id, $"member_{i:D3}", GroupRole.Member, now - 2000 + i);
        Assert.True((await GroupMemberWrites.ModifyAsync(session, id, "user_0002", null, "Ops lead", "AcceptNotNotify", null, log, default)).Failure == null);
        Assert.True((await GroupMemberWrites.ModifyAsync(session, id, "member_001", null, "名片 one", null, TimeSpan.FromHours(2), log, default)).Failure == null);
        var modify = await GroupWrites.ModifyAsync(session, GroupWrites.ModifyRequest(new ChatGroupDefinition
        {
            GroupId = id, Introduction = "The ops team", Notification = "Be nice", FaceUrl = "https://example.com/ops.png", MuteAll = true,
        }), log, default);
        Assert.True(modify.Succeeded);
        string[] senders = { "user_0001", "user_0002", "member_000" };
        for (int i = 0; i < messages; i++)
            state.AppendGroupMessage(id, senders[i % 3], $$$"""[{"MsgType":"TIMTextElem","MsgContent":{"Text":"message {{{i}}}"}}]""", now - 1000 + i / 2, (uint)(1000 + i));
        return id;
    }

    private static (string, GroupRole, long, string, string, bool)[] Members(EmulatorFixture emulator, string id) =>
        emulator.Host.State.GetGroupMembers(id)!.OrderBy(m => m.Account, StringComparer.Ordinal)
            .Select(m => (m.Account, m.Role, m.JoinTime, m.NameCard, m.MsgFlag, m.MutedUntil > 0)).ToArray();

    private static (string?, long, uint, string)[] Messages(EmulatorFixture emulator, string id) =>
        emulator.Host.State.GetGroupMessages(id)!.Select(m => (m.Sender, m.Time, m.Random, m.BodyJson)).ToArray();

    [Fact]
    public async Task Export_destroy_import_restores_profile_members_and_history_exactly_and_maps_an_assigned_id_to_a_new_one()
    {
        await using var emulator = await EmulatorFixture.StartAsync();
        var session = emulator.OpenSession();
        var log = TestSessions.Log(session);
        string custom = await SeedAsync(emulator, session, "ops-room", members: 45, messages: 50);
        string assigned = await SeedAsync(emulator, session, null, members: 3, messages: 4);
        var before = new[] { custom, assigned }.ToDictionary(id => id, id => (Members(emulator, id), Messages(emulator, id)));
        var profileBefore = (await GroupProfiles.GetAsync(session, new[] { custom }, log, default))[0].Group!;

        var backups = new List<ChatGroupBackup>();
        foreach (string id in new[] { custom, assigned })
            backups.Add(await GroupExport.ExportAsync(session, id, _folder, includeMessages: true, log, default));
        foreach (string id in new[] { custom, assigned })
            Assert.True((await GroupWrites.DestroyAsync(session, id, log, default)).Succeeded);
        var restored = new List<GroupRestoreResult>();
        foreach (var backup in backups)
            restored.Add(await GroupRestore.RestoreAsync(session, backup.Path, log, default));

        Assert.Equal((47, 50), (backups[0].MemberCount, backups[0].MessageCount));
        Assert.All(restored, r => Assert.Empty(r.Failures));
        Assert.Equal(("ops-room", "ops-room", true), (restored[0].Import.SourceGroupId, restored[0].Import.GroupId, restored[0].Import.Created));
        string newId = restored[1].Import.GroupId;
        Assert.Equal(assigned, restored[1].Import.SourceGroupId);
        Assert.NotEqual(assigned, newId);
        Assert.StartsWith("@TGS#2", newId);
        Assert.Equal((47, 0, 0, 50, 0, 0), (restored[0].Import.MembersImported, restored[0].Import.MembersAlreadyThere, restored[0].Import.MembersFailed,
            restored[0].Import.MessagesImported, restored[0].Import.MessagesAlreadyThere, restored[0].Import.MessagesFailed));
        Assert.Equal(before[custom].Item1, Members(emulator, custom));
        Assert.Equal(before[custom].Item2, Messages(emulator, custom));
        Assert.Equal(before[assigned].Item1, Members(emulator, newId));
        Assert.Equal(before[assigned].Item2, Messages(emulator, newId));
        var profile = (await GroupProfiles.GetAsync(session, new[] { custom }, log, default))[0].Group!;
        Assert.Equal((profileBefore.Name, profileBefore.Type, profileBefore.Owner, profileBefore.Introduction, profileBefore.Notification, profileBefore.FaceUrl,
                profileBefore.CreateTime, profileBefore.MuteAll, profileBefore.ApplyJoinOption, profileBefore.MaxMemberCount),
            (profile.Name, profile.Type, profile.Owner, profile.Introduction, profile.Notification, profile.FaceUrl,
                profile.CreateTime, profile.MuteAll, profile.ApplyJoinOption, profile.MaxMemberCount));
    }

    [Fact]
    public async Task Reruns_under_30_percent_faults_finish_the_import_with_every_item_accounted_for_and_nothing_twice()
    {
        await using var emulator = await EmulatorFixture.StartAsync();
        var session = emulator.OpenSession(s => s.Retry = TestSessions.FastRetries(2));
        var log = TestSessions.Log(session);
        string id = await SeedAsync(emulator, session, null, members: 60, messages: 70);
        var before = (Members(emulator, id), Messages(emulator, id));
        var backup = await GroupExport.ExportAsync(session, id, _folder, includeMessages: true, log, default);
        Assert.True((await GroupWrites.DestroyAsync(session, id, log, default)).Succeeded);

        emulator.Host.Faults = new FaultSettings
        {
            Rates = new Dictionary<FaultKind, double> { [FaultKind.ServerError50004] = 0.3 },
            Commands = new[] { "import_group", "import_group_member", "import_group_msg", "modify_group_member_info", "modify_group_base_info", "group_msg_get_simple" },
            Seed = 7,
        };
        var runs = new List<GroupRestoreResult>();
        for (int run = 0; run < 30 && (runs.Count == 0 || !runs[^1].Import.Succeeded); run++)
            runs.Add(await GroupRestore.RestoreAsync(session, backup.Path, log, default));
        emulator.Host.ClearFaults();

        Assert.True(runs[^1].Import.Succeeded, $"not finished after {runs.Count} runs");
        Assert.True(runs.Count > 1, "the faults should have cut at least one run short");
        foreach (var run in runs.Where(r => r.Import.GroupId.Length > 0))
        {
            var i = run.Import;
            Assert.Equal(62, i.MembersImported + i.MembersAlreadyThere + i.MembersFailed);
            Assert.Equal(70, i.MessagesImported + i.MessagesAlreadyThere + i.MessagesFailed);
            Assert.Equal(i.MembersFailed + i.MessagesFailed, run.Failures.Count(f => f.Kind != GroupRestore.Group));
        }
        string newId = runs[^1].Import.GroupId;
        Assert.Single(emulator.Host.State.GroupIds);
        Assert.Equal(before.Item1, Members(emulator, newId));
        Assert.Equal(before.Item2, Messages(emulator, newId));
    }

    [Fact]
    public async Task A_file_that_is_not_a_backup_is_InvalidGroupBackup_and_nothing_is_sent()
    {
        await using var emulator = await EmulatorFixture.StartAsync();
        var session = emulator.OpenSession();
        string path = Path.Combine(_folder, "not-a-backup.json");
        File.WriteAllText(path, """{"Format":"something else"}""");

        var e = await Assert.ThrowsAsync<Client.Errors.ChatInputException>(() => GroupRestore.RestoreAsync(session, path, TestSessions.Log(session), default));

        Assert.Equal("InvalidGroupBackup", e.ErrorId);
        Assert.Equal(0, emulator.AllRequests);
        Assert.Equal("a%2Fb%3Ac.json", GroupBackupFiles.FileName("a/b:c"));
        Assert.Equal("@TGS#2ABC.json", GroupBackupFiles.FileName("@TGS#2ABC"));
    }
}
