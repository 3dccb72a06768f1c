using System.Collections;
using System.Linq;
using System.Management.Automation;
using TencentChat.Admin.Client.Models;

namespace TencentChat.Admin.Infrastructure
{
    /// <summary>
    /// Binds a list parameter from either form the module writes a list in: a single text is a CSV cell (Import-Csv's
    /// rows) and is split by <see cref="ChatValueListText.Parse"/>, so "a\;b" is the one group "a;b" and "a;b" the two
    /// groups "a" and "b"; a list (a ChatValueList property of the module's objects, or an array typed at the prompt) is
    /// taken item by item, verbatim. $null stays null: the caller reads it as "not given".
    /// </summary>
    internal sealed class ValueListTransformationAttribute : ArgumentTransformationAttribute
    {
        public override object? Transform(EngineIntrinsics engineIntrinsics, object? inputData)
        {
            switch (Unwrapped(inputData))
            {
                case null:
                    return null;
                case string cell:
                    return ChatValueListText.Parse(cell).ToArray();
                case IEnumerable items:
                    return items.Cast<object?>().Select(item => Unwrapped(item)?.ToString() ?? string.Empty).ToArray();
                case object single:
                    return new[] { single.ToString() };
            }
        }

        private static object? Unwrapped(object? value) => value is PSObject wrapped ? wrapped.BaseObject : value;
    }
}
