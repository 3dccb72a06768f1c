using System;
using System.Management.Automation;

namespace TencentChat.Admin.Infrastructure
{
    /// <summary>
    /// Binds a bool? parameter from a CSV cell as well as from a bool: Import-Csv gives "True"/"False" text, which
    /// PowerShell would otherwise turn into $true for any non-empty text, "False" included. "True"/"False" (any case) and
    /// "1"/"0" are read; an empty cell and $null stay null, which the caller reads as "not given"; other text is refused.
    /// </summary>
    internal sealed class BooleanTextTransformationAttribute : ArgumentTransformationAttribute
    {
        public override object? Transform(EngineIntrinsics engineIntrinsics, object? inputData)
        {
            object? value = inputData is PSObject wrapped ? wrapped.BaseObject : inputData;
            if (value is not string text) return value;
            text = text.Trim();
            if (text.Length == 0) return null;
            if (text == "1" || string.Equals(text, bool.TrueString, StringComparison.OrdinalIgnoreCase)) return true;
            if (text == "0" || string.Equals(text, bool.FalseString, StringComparison.OrdinalIgnoreCase)) return false;
            throw new ArgumentTransformationMetadataException($"'{text}' is not True or False.");
        }
    }
}
