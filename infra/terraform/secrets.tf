# One key encrypts the tables, buckets, queues, the secrets and the functions' environment.
resource "aws_kms_key" "platform" {
  description         = "${var.resource_prefix} platform data"
  enable_key_rotation = true
}

resource "aws_kms_alias" "platform" {
  name          = "alias/${trimsuffix(var.resource_prefix, "-")}-platform"
  target_key_id = aws_kms_key.platform.key_id
}

# The token key and the bootstrap admin, kept in Secrets Manager for operators (rotation, audit).
# The functions read them from their environment, which this key encrypts (ADR 0019).
resource "aws_secretsmanager_secret" "token_secret" {
  name       = "${var.resource_prefix}token-secret"
  kms_key_id = aws_kms_key.platform.arn
}

resource "aws_secretsmanager_secret_version" "token_secret" {
  secret_id     = aws_secretsmanager_secret.token_secret.id
  secret_string = var.token_secret
}

resource "aws_secretsmanager_secret" "admin" {
  name       = "${var.resource_prefix}bootstrap-admin"
  kms_key_id = aws_kms_key.platform.arn
}

resource "aws_secretsmanager_secret_version" "admin" {
  secret_id     = aws_secretsmanager_secret.admin.id
  secret_string = jsonencode({ login = var.admin_login, password = var.admin_password })
}
