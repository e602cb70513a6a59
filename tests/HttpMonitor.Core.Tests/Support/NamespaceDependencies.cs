using System.Reflection;
using System.Reflection.Emit;

namespace HttpMonitor.Core.Tests.Support;

/// <summary>
/// Which namespaces of an assembly use which, read from its compiled code: base types, interfaces,
/// fields, properties, method signatures, and every type, method and field a method body names.
/// </summary>
public static class NamespaceDependencies
{
    private const BindingFlags Everything =
        BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;

    private static readonly Dictionary<short, OpCode> OpCodesByValue = typeof(OpCodes)
        .GetFields(BindingFlags.Public | BindingFlags.Static)
        .Select(f => (OpCode)f.GetValue(null)!)
        .ToDictionary(o => o.Value);

    /// <summary>Folder → the folders it uses, for namespaces under <paramref name="root"/> ("" is the root itself).</summary>
    public static Dictionary<string, HashSet<string>> Of(Assembly assembly, string root)
    {
        var edges = new Dictionary<string, HashSet<string>>();
        foreach (var type in assembly.GetTypes())
        {
            string? from = Folder(type, root);
            if (from is null)
            {
                continue;
            }

            var uses = edges.TryGetValue(from, out var known) ? known : edges[from] = [];
            foreach (var used in Used(type).SelectMany(Parts))
            {
                if (Folder(used, root) is { } to && to != from)
                {
                    uses.Add(to);
                }
            }
        }

        return edges;
    }

    /// <summary>A cycle as the folders along it (the first again at the end), or null.</summary>
    public static List<string>? FindCycle(Dictionary<string, HashSet<string>> edges)
    {
        var done = new HashSet<string>();
        var path = new List<string>();
        List<string>? Visit(string node)
        {
            int at = path.IndexOf(node);
            if (at >= 0)
            {
                return [.. path[at..], node];
            }

            if (!done.Add(node))
            {
                return null;
            }

            path.Add(node);
            foreach (string next in edges.GetValueOrDefault(node, []).Order(StringComparer.Ordinal))
            {
                if (Visit(next) is { } cycle)
                {
                    return cycle;
                }
            }

            path.RemoveAt(path.Count - 1);
            return null;
        }

        return edges.Keys.Order(StringComparer.Ordinal).Select(Visit).FirstOrDefault(c => c is not null);
    }

    /// <summary>"Clock" for HttpMonitor.Core.Clock (or a type nested in one of its types), "" for the root, null outside.</summary>
    private static string? Folder(Type type, string root)
    {
        while (type.DeclaringType is { } outer)
        {
            type = outer;
        }

        string ns = type.Namespace ?? "";
        return ns == root ? "" : ns.StartsWith(root + ".", StringComparison.Ordinal) ? ns[(root.Length + 1)..].Split('.')[0] : null;
    }

    private static IEnumerable<Type> Used(Type type)
    {
        if (type.BaseType is { } baseType)
        {
            yield return baseType;
        }

        foreach (var i in type.GetInterfaces())
        {
            yield return i;
        }

        foreach (var field in type.GetFields(Everything))
        {
            yield return field.FieldType;
        }

        foreach (var property in type.GetProperties(Everything))
        {
            yield return property.PropertyType;
        }

        foreach (var method in type.GetMethods(Everything).Cast<MethodBase>().Concat(type.GetConstructors(Everything)))
        {
            foreach (var used in Signature(method).Concat(Body(method)))
            {
                yield return used;
            }
        }
    }

    private static IEnumerable<Type> Signature(MethodBase method) =>
        method.GetParameters().Select(p => p.ParameterType)
            .Concat(method is MethodInfo m ? [m.ReturnType] : []);

    /// <summary>The declaring types of what the IL names: methods, fields, types, tokens.</summary>
    private static IEnumerable<Type> Body(MethodBase method)
    {
        byte[] il = method.GetMethodBody()?.GetILAsByteArray() ?? [];
        var module = method.Module;
        Type[]? typeArguments = method.DeclaringType is { IsGenericType: true } t ? t.GetGenericArguments() : null;
        Type[]? methodArguments = method.IsGenericMethod ? method.GetGenericArguments() : null;
        for (int at = 0; at < il.Length;)
        {
            short value = il[at] == 0xFE ? (short)(0xFE00 | il[at + 1]) : il[at];
            var op = OpCodesByValue[value];
            at += op.Size;
            if (op.OperandType is OperandType.InlineMethod or OperandType.InlineField or OperandType.InlineType or OperandType.InlineTok)
            {
                int token = BitConverter.ToInt32(il, at);
                if (Resolve(module, token, typeArguments, methodArguments) is { } used)
                {
                    yield return used;
                }
            }

            at += OperandSize(op, il, at);
        }
    }

    private static Type? Resolve(Module module, int token, Type[]? typeArguments, Type[]? methodArguments)
    {
        try
        {
            return module.ResolveMember(token, typeArguments, methodArguments) switch
            {
                Type type => type,
                MemberInfo member => member.DeclaringType,
                _ => null,
            };
        }
        catch (ArgumentException)
        {
            return null; // a member of another assembly's generic instantiation it cannot name here
        }
    }

    private static int OperandSize(OpCode op, byte[] il, int at) => op.OperandType switch
    {
        OperandType.InlineNone => 0,
        OperandType.ShortInlineBrTarget or OperandType.ShortInlineI or OperandType.ShortInlineVar => 1,
        OperandType.InlineVar => 2,
        OperandType.InlineI8 or OperandType.InlineR => 8,
        OperandType.InlineSwitch => 4 + (4 * BitConverter.ToInt32(il, at)),
        _ => 4,
    };

    /// <summary>A type and the types it is made of: elements of arrays and references, generic arguments.</summary>
    private static IEnumerable<Type> Parts(Type type)
    {
        yield return type;
        if (type.HasElementType)
        {
            foreach (var part in Parts(type.GetElementType()!))
            {
                yield return part;
            }
        }

        if (type.IsGenericType)
        {
            foreach (var part in type.GetGenericArguments().SelectMany(Parts))
            {
                yield return part;
            }
        }
    }
}
