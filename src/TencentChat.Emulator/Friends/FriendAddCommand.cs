using System.Text.Json.Nodes;
using TencentChat.Emulator.Commands;
using TencentChat.Emulator.Protocol;

namespace TencentChat.Emulator.Friends;

/// <summary>
/// friend_add (profile-sns spec §3.3, §2.4): per AddFriendItem, in order: a bad item (no AddSource, Remark over 96
/// bytes, ...) 30001; an unknown target 30003; the owner barred (AdminForbid_Type_SendOut) 30009; the target on the
/// owner's blocklist 30515, the owner on the target's 30525; already friends 30520 (observed, in no doc); caps
/// 30010/30014/30012; then, unless ForceAddFlags is 1, the target's AllowType: AllowAny adds, NeedConfirm records a
/// pending request and answers 30539, DenyAny 30516. Add_Type_Both (the default) writes both rows. At most 1000 items
/// (the real cap is UNCONFIRMED); force does not bypass blocklists (UNCONFIRMED).
/// </summary>
internal sealed class FriendAddCommand(FriendSettings settings) : ICommand
{
    public string Name => "friend_add";

    public JsonObject Execute(CommandContext context, JsonFields body)
    {
        string owner = SnsRequest.Owner(context, body);
        var items = body.Objects(body.Array("AddFriendItem", SnsRequest.MaxTargets), "AddFriendItem");
        if (items.Count == 0) throw body.Invalid("AddFriendItem must not be empty.");
        string addType = body.OptionalString("AddType") ?? "Add_Type_Both";
        if (addType is not ("Add_Type_Both" or "Add_Type_Single")) throw body.Invalid($"AddType is Add_Type_Single or Add_Type_Both, not '{addType}'.");
        long force = body.OptionalInteger("ForceAddFlags") ?? 0;
        if (force is not (0 or 1)) throw body.Invalid($"ForceAddFlags is 0 or 1, not {force}.");
        bool both = addType == "Add_Type_Both";

        FriendStore store = SnsRequest.Store(context);
        var results = new JsonArray();
        lock (store.Gate)
        {
            FriendUser from = store.User(owner);
            foreach (JsonFields item in items)
            {
                string target = item.Account("To_Account");
                (int code, string info) = Add(context, store, owner, from, target, item, both, force == 1);
                results.Add(SnsRequest.Result(target, code, info));
            }
        }
        return SnsRequest.Answer("ResultItem", results);
    }

    private (int, string) Add(CommandContext context, FriendStore store, string owner, FriendUser from, string target, JsonFields item, bool both, bool force)
    {
        string? addSource = item.OptionalString("AddSource");
        string? remark = item.OptionalText("Remark");
        string? list = item.OptionalString("GroupName");
        string? wording = item.OptionalText("AddWording");
        if (addSource == null || !SnsRequest.IsAddSource(addSource))
            return (FriendCodes.InvalidParameter, "Err_SNS_FriendAdd_Invalid_AddSource: AddSource must be AddSource_Type_ and 1 to 8 letters.");
        if (SnsRequest.TooLong(remark, SnsRequest.MaxRemarkBytes) || SnsRequest.TooLong(wording, SnsRequest.MaxWordingBytes) || (list != null && !SnsRequest.IsListName(list)))
            return (FriendCodes.InvalidParameter, "Err_SNS_FriendAdd_Invalid_Param: Remark at most 96 bytes, AddWording 256, GroupName 1 to 30.");
        if (target == owner) return (FriendCodes.InvalidParameter, "Err_SNS_FriendAdd_Add_Self");
        if (!context.State.UserExists(target)) return (FriendCodes.AccountNotFound, "Err_SNS_FriendAdd_Account_Not_Exist");
        if (SnsRequest.SendOutForbidden(context, owner)) return (FriendCodes.SendOutForbidden, "Err_SNS_FriendAdd_Forbid_Send_Out");
        FriendUser to = store.User(target);
        if (from.Blocked.ContainsKey(target)) return (FriendCodes.TargetBlocked, "Err_SNS_FriendAdd_To_Is_In_My_BlackList");
        if (to.Blocked.ContainsKey(owner)) return (FriendCodes.BlockedByTarget, "Err_SNS_FriendAdd_I_Am_In_To_BlackList");
        if (from.Friends.ContainsKey(target) && (!both || to.Friends.ContainsKey(owner))) return (FriendCodes.AlreadyFriends, "SNS_FRD_ADD_FRD_EXIST");
        if (!from.Friends.ContainsKey(target) && from.Friends.Count >= SnsRequest.MaxFriends) return (FriendCodes.OwnFriendCap, "Err_SNS_FriendAdd_My_Friend_Num_Exceed_Threshold");
        if (both && !to.Friends.ContainsKey(owner) && to.Friends.Count >= SnsRequest.MaxFriends) return (FriendCodes.PeerFriendCap, "Err_SNS_FriendAdd_To_Friend_Num_Exceed_Threshold");
        if (!force)
        {
            switch (SnsRequest.AllowTypeOf(context, target, settings))
            {
                case "AllowType_Type_DenyAny":
                    return (FriendCodes.DenyAny, "Err_SNS_FriendAdd_Friend_Add_Deny_Any");
                case "AllowType_Type_NeedConfirm":
                    if (!from.Pending.Contains(target) && from.Pending.Count >= SnsRequest.MaxPending)
                        return (FriendCodes.PendingCap, "Err_SNS_FriendAdd_Pendency_Num_Exceed_Threshold");
                    from.Pending.Add(target);
                    return (FriendCodes.Pending, "Err_SNS_FriendAdd_Need_Confirm");
            }
        }
        var row = new FriendRow { Remark = remark, AddSource = addSource, AddWording = wording, AddTime = context.State.Now };
        if (list != null && !SnsRequest.TryJoinLists(from, row, new[] { list }, replace: false))
            return (FriendCodes.ListCap, "Err_SNS_FriendAdd_Group_Num_Exceed_Threshold");
        if (!from.Friends.ContainsKey(target))
        {
            from.Friends[target] = row;
            from.StandardSequence++;
        }
        if (both && !to.Friends.ContainsKey(owner))
        {
            to.Friends[owner] = new FriendRow { AddSource = addSource, AddTime = row.AddTime };
            to.StandardSequence++;
        }
        from.Pending.Remove(target);
        return (ErrorCodes.Ok, "");
    }
}
