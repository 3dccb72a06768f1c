using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Management.Automation;
using TencentChat.Admin.Client.Errors;
using TencentChat.Admin.Client.Models;

namespace TencentChat.Admin.Infrastructure
{
    /// <summary>
    /// What an account parameter that takes whole pipeline objects (-UserId, -Account: declared object[], so PowerShell
    /// never turns an object into its "@{...}" text) received, as UserIDs: a string (or number) is the UserID; any other
    /// object gives the first of the parameter's name and aliases it has as a property (a CSV column), so every account
    /// cmdlet binds the same names; each UserID then passes <see cref="AccountIds.Validate"/>.
    /// </summary>
    internal static class AccountInput
    {
        /// <summary>The UserID <paramref name="item"/> stands for; throws InvalidAccount or NoAccountProperty.</summary>
        public static string UserIdOf(object? item, IReadOnlyList<string> names, string what)
        {
            object? value = item is PSObject wrapped ? wrapped.BaseObject : item;
            if (value == null || value is string || value.GetType().IsPrimitive)
                return AccountIds.Validate(Text(value), what);
            var properties = PSObject.AsPSObject(item).Properties;
            var present = names.Select(name => properties[name]).Where(p => p != null).ToList();
            if (present.Count == 0)
                throw new ChatInputException("NoAccountProperty",
                    $"The input object ({TypeName(item!)}) is not a {what} and has none of the properties {string.Join(", ", names)}.", item);
            object? property = present.Select(p => p.Value).FirstOrDefault(v => v != null);
            return AccountIds.Validate(Text(property is PSObject inner ? inner.BaseObject : property), what);
        }

        /// <summary>The parameter's name and then its aliases, in declaration order: the property names it binds.</summary>
        public static IReadOnlyList<string> NamesOf(CommandInfo command, string parameter)
        {
            ParameterMetadata metadata = command.Parameters[parameter];
            return new[] { metadata.Name }.Concat(metadata.Aliases).ToList();
        }

        private static string? Text(object? value) => value == null ? null : Convert.ToString(value, CultureInfo.InvariantCulture);

        private static string TypeName(object item) =>
            item is PSObject wrapped && wrapped.TypeNames.Count > 0 ? wrapped.TypeNames[0] : item.GetType().FullName ?? item.GetType().Name;
    }
}
