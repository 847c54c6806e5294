#!/bin/bash
# Runs inside LocalStack once it is ready: the platform needs these three services and makes its own resources.
set -euo pipefail
awslocal dynamodb list-tables > /dev/null
awslocal s3api list-buckets > /dev/null
awslocal sqs list-queues > /dev/null
echo "LocalStack serves DynamoDB, S3 and SQS: start the launcher with --aws-endpoint http://127.0.0.1:4566"
