using System;
using System.IO;
using System.Text;
using System.Text.Json;
using TencentChat.Admin.Client.Errors;

namespace TencentChat.Admin.Client.Groups.Backup
{
    /// <summary>Reading and writing the backup files and the restore state next to them.</summary>
    internal static class GroupBackupFiles
    {
        /// <summary>The restore state's suffix: &lt;file&gt;.restore, which a *.json wildcard does not pick up.</summary>
        public const string RestoreSuffix = ".restore";

        /// <summary>
        /// The file name of a group's backup: the GroupId with every character outside [A-Za-z0-9@#._-] written %XX, so any
        /// custom GroupId (printable ASCII, including / \ : * ?) gives a valid and distinct name on every system.
        /// </summary>
        public static string FileName(string groupId)
        {
            var name = new StringBuilder(groupId.Length + 5);
            foreach (char c in groupId)
            {
                if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '@' || c == '#' || c == '_' || c == '-'
                    || (c == '.' && name.Length > 0))
                    name.Append(c);
                else
                    name.Append('%').Append(((int)c).ToString("X2", System.Globalization.CultureInfo.InvariantCulture));
            }
            return name.Append(".json").ToString();
        }

        public static void Write(string path, GroupBackupFile backup)
        {
            string temporary = path + ".tmp";
            File.WriteAllBytes(temporary, JsonSerializer.SerializeToUtf8Bytes(backup, GroupBackupJsonContext.Default.GroupBackupFile));
            // Written whole, then renamed: an interrupted export never leaves a half file that an import would read.
            if (File.Exists(path)) File.Delete(path);
            File.Move(temporary, path);
        }

        /// <summary>The backup in <paramref name="path"/>, or InvalidGroupBackup naming the file and what is wrong.</summary>
        public static GroupBackupFile Read(string path)
        {
            GroupBackupFile? backup;
            try
            {
                backup = JsonSerializer.Deserialize(File.ReadAllBytes(path), GroupBackupJsonContext.Default.GroupBackupFile);
            }
            catch (JsonException e)
            {
                throw Invalid(path, $"it is not valid JSON ({e.Message})");
            }
            catch (Exception e) when (e is IOException || e is UnauthorizedAccessException)
            {
                throw new ChatInputException("GroupBackupUnreadable", $"Cannot read the group backup '{path}': {e.Message}", path, ChatErrorKind.ResourceUnavailable);
            }
            if (backup == null || backup.Format != GroupBackupFile.FormatName)
                throw Invalid(path, $"it is not a {GroupBackupFile.FormatName} file (Format)");
            if (backup.Version != GroupBackupFile.CurrentVersion)
                throw Invalid(path, $"its Version is {backup.Version}; this module reads version {GroupBackupFile.CurrentVersion}");
            if (string.IsNullOrEmpty(backup.Group.GroupId) || string.IsNullOrEmpty(backup.Group.Type) || string.IsNullOrEmpty(backup.Group.Name))
                throw Invalid(path, "its Group has no GroupId, Type or Name");
            if (backup.Members == null) backup.Members = new GroupBackupMember[0];
            return backup;
        }

        public static GroupRestoreState? ReadState(string path)
        {
            string statePath = path + RestoreSuffix;
            if (!File.Exists(statePath)) return null;
            try
            {
                return JsonSerializer.Deserialize(File.ReadAllBytes(statePath), GroupBackupJsonContext.Default.GroupRestoreState);
            }
            catch (JsonException e)
            {
                throw Invalid(statePath, $"the restore state is not valid JSON ({e.Message}); delete it only if the group it names was destroyed");
            }
        }

        public static void WriteState(string path, GroupRestoreState state) =>
            File.WriteAllBytes(path + RestoreSuffix, JsonSerializer.SerializeToUtf8Bytes(state, GroupBackupJsonContext.Default.GroupRestoreState));

        private static ChatInputException Invalid(string path, string why) =>
            new ChatInputException("InvalidGroupBackup", $"The group backup '{path}' cannot be imported: {why}.", path, ChatErrorKind.InvalidData);
    }
}
