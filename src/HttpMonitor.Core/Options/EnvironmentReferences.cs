using System.Text;

namespace HttpMonitor.Core.Options;

/// <summary>
/// <c>${NAME}</c> in a setting stands for the environment variable NAME, so that secrets stay out
/// of config.json; <c>$${</c> is a literal <c>${</c>.
/// </summary>
public static class EnvironmentReferences
{
    /// <summary>The text with every reference replaced, or the problem: a variable that is not set, or a bad reference.</summary>
    /// <remarks>A problem names the variable or shows the text as written, never a variable's value.</remarks>
    public static bool TryExpand(string text, Func<string, string?> environment, out string expanded, out string? problem)
    {
        problem = null;
        expanded = text;
        if (!text.Contains("${", StringComparison.Ordinal))
        {
            return true;
        }

        var result = new StringBuilder(text.Length);
        int i = 0;
        while (i < text.Length)
        {
            if (text.AsSpan(i).StartsWith("$${"))
            {
                result.Append("${");
                i += 3;
            }
            else if (text.AsSpan(i).StartsWith("${"))
            {
                int end = text.IndexOf('}', i + 2);
                string name = end < 0 ? "" : text[(i + 2)..end];
                if (!IsName(name))
                {
                    problem = $"\"{text}\" has a bad reference at position {i + 1}: write ${{NAME}} with a letter or _ then letters, digits or _ (or $${{ for a literal ${{)";
                    return false;
                }

                if (environment(name) is not { } value)
                {
                    problem = $"environment variable {name} is not set";
                    return false;
                }

                result.Append(value);
                i = end + 1;
            }
            else
            {
                result.Append(text[i]);
                i++;
            }
        }

        expanded = result.ToString();
        return true;
    }

    /// <summary>Whether the text refers to the environment (a <c>$${</c> literal does not).</summary>
    public static bool Refers(string text)
    {
        // Read from the left as TryExpand reads: "$$${A}" is a literal "${" then "A}".
        for (int i = 0; i < text.Length; i++)
        {
            if (text.AsSpan(i).StartsWith("$${"))
            {
                i += 2;
            }
            else if (text.AsSpan(i).StartsWith("${"))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsName(string name) =>
        name.Length > 0
        && (char.IsAsciiLetter(name[0]) || name[0] == '_')
        && name.All(c => char.IsAsciiLetterOrDigit(c) || c == '_');
}
