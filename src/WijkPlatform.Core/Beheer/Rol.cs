using Microsoft.AspNetCore.Identity;

namespace WijkPlatform.Core.Beheer;

public sealed class Rol : IdentityRole<int>
{
    public Rol()
    {
    }

    public Rol(string naam)
        : base(naam)
    {
    }
}
