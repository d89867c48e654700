using Spectre.Console;
using Spectre.Console.Cli;

namespace Blog.Cli;

/// <summary>Gives commands the console they print to (tests pass a recording one).</summary>
public sealed class ConsoleServices(IAnsiConsole console) : ITypeRegistrar
{
    private readonly Dictionary<Type, Func<object>> _factories = new() { [typeof(IAnsiConsole)] = () => console };

    public void Register(Type service, Type implementation) => _factories[service] = () => Activator.CreateInstance(implementation)!;
    public void RegisterInstance(Type service, object implementation) => _factories[service] = () => implementation;
    public void RegisterLazy(Type service, Func<object> factory) => _factories[service] = factory;
    public ITypeResolver Build() => new Resolver(_factories);

    private sealed class Resolver(Dictionary<Type, Func<object>> factories) : ITypeResolver
    {
        public object? Resolve(Type? type)
        {
            if (type is null) return null;
            if (factories.TryGetValue(type, out var factory)) return factory();
            var constructor = type.GetConstructors().OrderByDescending(c => c.GetParameters().Length).FirstOrDefault();
            if (constructor is null) return Activator.CreateInstance(type);
            return constructor.Invoke(constructor.GetParameters().Select(p => Resolve(p.ParameterType)).ToArray());
        }
    }
}
