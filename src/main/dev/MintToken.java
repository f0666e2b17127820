import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Instant;
import java.util.Base64;
import java.util.UUID;

/**
 * Mints a short-lived RS256 JWT for LOCAL DEVELOPMENT ONLY, signed with the dev key pair in this
 * folder, which the dev and test profiles trust. Production trusts only the key of its identity
 * provider (MP_JWT_VERIFY_PUBLICKEY_LOCATION), never this one.
 *
 *   java src/main/dev/MintToken.java [subject] [roles, comma-separated] [minutes]
 *   e.g. java src/main/dev/MintToken.java alice editor 30
 */
public class MintToken {

    static final String ISSUER = "https://dev.ilo-cnmn.local/issuer";

    public static void main(String[] args) throws Exception {
        String subject = args.length > 0 ? args[0] : "dev-editor";
        String roles = args.length > 1 ? args[1] : "editor";
        long minutes = args.length > 2 ? Long.parseLong(args[2]) : 30;

        Path folder = Path.of("src", "main", "dev");
        String pem = Files.readString(folder.resolve("jwt-dev-private.pem"), StandardCharsets.US_ASCII)
                .replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
        PrivateKey key = KeyFactory.getInstance("RSA")
                .generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(pem)));

        long now = Instant.now().getEpochSecond();
        StringBuilder groups = new StringBuilder();
        for (String role : roles.split(",")) {
            groups.append(groups.length() == 0 ? "" : ",").append('"').append(role.trim()).append('"');
        }
        String header = "{\"alg\":\"RS256\",\"typ\":\"JWT\"}";
        String payload = "{\"iss\":\"" + ISSUER + "\",\"sub\":\"" + subject + "\",\"upn\":\"" + subject
                + "\",\"groups\":[" + groups + "],\"iat\":" + now + ",\"exp\":" + (now + minutes * 60)
                + ",\"jti\":\"" + UUID.randomUUID() + "\"}";
        String signingInput = base64(header) + "." + base64(payload);
        Signature rsa = Signature.getInstance("SHA256withRSA");
        rsa.initSign(key);
        rsa.update(signingInput.getBytes(StandardCharsets.US_ASCII));
        System.out.println(signingInput + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(rsa.sign()));
    }

    private static String base64(String json) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(json.getBytes(StandardCharsets.UTF_8));
    }
}
